#!/usr/bin/env bash
# `npm test`: every layer from a fresh clone. Installs what is missing, then type-check, lint,
# build, unit tests, integration tests in a real VS Code, browser tests, the .vsix built and
# tested as installed, and the test layers again with the machine's clock moved (faketime). Runs every layer even
# when one fails, prints a line per layer and finally `N passed, N failed` over all layers
# (tests counted one by one; type-check, lint and build count as one check each).
set -uo pipefail
cd "$(dirname "$0")/.."

RESULTS=test-results
PASSED=0
FAILED=0
SUMMARY=()
mkdir -p "$RESULTS"

record() { # layer passed failed
  PASSED=$((PASSED + $2))
  FAILED=$((FAILED + $3))
  SUMMARY+=("$(printf '%-18s %s passed, %s failed' "$1:" "$2" "$3")")
}

banner() { printf '\n=== %s ===\n' "$1"; }

# A check passes or fails as a whole.
check() { # layer command...
  local layer=$1
  shift
  banner "$layer"
  if "$@" 2>&1 | tee "$RESULTS/$layer.log"; then record "$layer" 1 0; else record "$layer" 0 1; fi
}

# A test layer is counted from the spec reporter's "N passing" / "N failing" lines; a run that
# fails without reporting any failure (a crash, no test found) counts as one failure.
tests() { # layer command...
  local layer=$1 status passing failing
  shift
  banner "$layer"
  "$@" 2>&1 | tee "$RESULTS/$layer.log"
  status=${PIPESTATUS[0]}
  passing=$(grep -oE '^ +[0-9]+ passing' "$RESULTS/$layer.log" | tail -n 1 | grep -oE '[0-9]+' || echo 0)
  failing=$(grep -oE '^ +[0-9]+ failing' "$RESULTS/$layer.log" | tail -n 1 | grep -oE '[0-9]+' || echo 0)
  if [ "$status" -ne 0 ] && [ "$failing" -eq 0 ]; then failing=1; fi
  if [ "$status" -eq 0 ] && [ "$passing" -eq 0 ]; then failing=1; echo "[test-all] $layer ran no test"; fi
  record "$layer" "$passing" "$failing"
}

install_dependencies() {
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    banner "npm ci"
    npm ci || { echo "[test-all] ERROR: npm ci failed; nothing can run without node_modules" >&2; exit 1; }
  fi
  check install bash scripts/install-code-server.sh
}

typecheck() {
  npx tsc --noEmit -p . || return 1
  if [ -n "$(find webview -name '*.ts' ! -name '*.d.ts' -print -quit 2>/dev/null)" ]; then
    npx tsc --noEmit -p webview || return 1
  fi
}

# Nothing may depend on the week the machine is in: the test layers run again with the clock moved.
# From early December, +23 days lands in 2026-W53 and the turn of the year; +200 days in summer time.
CLOCK_SHIFTS=(+23d +200d)

shifted_clock() {
  if ! command -v faketime >/dev/null; then
    banner "clock shifts"
    echo "[test-all] faketime is missing: install Debian's faketime package (scripts/install-code-server.sh does)"
    record "clock" 0 1
    return
  fi
  local shift
  for shift in "${CLOCK_SHIFTS[@]}"; do
    tests "unit$shift" faketime -f "$shift" npx mocha --config .mocharc.json
    tests "integration$shift" faketime -f "$shift" node out/test/integration/run.js
    tests "browser$shift" faketime -f "$shift" npx mocha --config .mocharc.browser.json
    tests "installed$shift" faketime -f "$shift" npx mocha --config .mocharc.installed.json
  done
}

main() {
  local start=$SECONDS
  install_dependencies
  check typecheck typecheck
  check lint npx eslint .
  check build npm run build
  tests unit npm run test:unit
  tests integration npm run test:integration
  tests browser npm run test:browser
  # The .vsix a user installs, then that package installed into a fresh code-server and driven.
  check package npm run package
  tests installed npx mocha --config .mocharc.installed.json
  shifted_clock
  banner "summary ($((SECONDS - start)) s, logs in $RESULTS/)"
  printf '%s\n' "${SUMMARY[@]}"
  echo "$PASSED passed, $FAILED failed"
  [ "$FAILED" -eq 0 ]
}

main "$@"
