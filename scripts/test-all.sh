#!/usr/bin/env bash
# The whole test suite from a fresh clone: install, type-check, lint, unit tests.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm ci
npx tsc --noEmit -p .
npx eslint .
npm run build
npm run test:unit
