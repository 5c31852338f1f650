#!/usr/bin/env bash
# `npm run demo [-- --fresh]`: installs what is missing, builds, creates demo-workspace/ from the
# example plan and serves it in code-server on 127.0.0.1:${PORT:-8080} until Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci
fi
bash scripts/install-code-server.sh
npm run build
node esbuild.mjs --tests
exec node out/test/host/demo.js "$@"
