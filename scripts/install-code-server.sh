#!/usr/bin/env bash
# Installs the real VS Code host for tests and the demo: code-server 4.100.3 from npm
# into .vscode-test/code-server/, plus chromium, ripgrep and faketime from Debian.
# Idempotent: does nothing when everything is already in place.
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION=4.100.3
DIR=.vscode-test/code-server
BIN="$DIR/node_modules/.bin/code-server"
# Written last: an interrupted install prints the version too, but lacks its native modules.
DONE="$DIR/.installed-$VERSION"
# build-essential and python3: node-gyp rebuilds code-server's native modules (node-pty, kerberos, argon2).
# faketime: the test layers run a second time with the clock moved.
PACKAGES=(chromium ripgrep libkrb5-dev pkg-config build-essential python3 faketime)

say() { echo "[install-code-server] $*"; }
fail() { echo "[install-code-server] ERROR: $*" >&2; exit 1; }
trap 'fail "step failed at line $LINENO; see the output above"' ERR

install_debian_packages() {
  local missing=()
  for pkg in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    say "Debian packages present: ${PACKAGES[*]}"
    return
  fi
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || fail "need root or sudo to install: ${missing[*]}"
    sudo="sudo"
  fi
  say "installing Debian packages: ${missing[*]}"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# code-server's own install downloads ripgrep from the internet; use Debian's rg instead.
install_code_server() {
  mkdir -p "$DIR"
  [ -f "$DIR/package.json" ] || echo '{ "name": "code-server-host", "private": true }' >"$DIR/package.json"
  [ "$(id -u)" -ne 0 ] || export npm_config_unsafe_perm=true
  export npm_config_yes=true npm_config_fund=false npm_config_audit=false
  say "npm install code-server@$VERSION (scripts off)"
  (cd "$DIR" && npm install --ignore-scripts --no-save "code-server@$VERSION")
  local vscode="$DIR/node_modules/code-server/lib/vscode"
  say "installing VS Code's server dependencies"
  (cd "$vscode" && npm install --omit=dev --ignore-scripts)
  mkdir -p "$vscode/node_modules/@vscode/ripgrep/bin"
  cp "$(command -v rg)" "$vscode/node_modules/@vscode/ripgrep/bin/rg"
  say "building native modules (node-pty, kerberos, …)"
  (cd "$vscode" && npm rebuild)
  (cd "$vscode" && ln -sfn node_modules node_modules.asar)
  (cd "$vscode/bin/remote-cli" && ln -sf code-linux.sh code-server)
  (cd "$vscode/bin/helpers" && ln -sf browser-linux.sh browser.sh)
  say "installing built-in extensions' dependencies"
  (cd "$vscode/extensions" && npm install --omit=dev --ignore-scripts)
  (cd "$DIR" && npm rebuild argon2)
}

# The first run ever also prints a "Wrote default config file" line, so look for the version line.
installed_version() {
  [ -x "$BIN" ] && "$BIN" --version 2>/dev/null | grep -oE '^[0-9]+\.[0-9]+\.[0-9]+ ' | tr -d ' '
}

main() {
  local start=$SECONDS
  install_debian_packages
  if [ -f "$DONE" ] && [ "$(installed_version || true)" = "$VERSION" ]; then
    say "code-server $VERSION already installed in $DIR"
  else
    install_code_server
    [ "$(installed_version || true)" = "$VERSION" ] || fail "code-server --version does not print $VERSION after install"
    touch "$DONE"
  fi
  say "ready: code-server $VERSION in $DIR ($((SECONDS - start)) s)"
}

main "$@"
