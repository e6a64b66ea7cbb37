#!/usr/bin/env bash
# Installs what the editor tests need, from Debian apt and the npm registry only. Idempotent: a second run does nothing.
#   usage: test/e2e/setup.sh [all|gui|nvim]      (default all)
#   PRIVACYLINT_E2E_HOME  cache dir for code-server and playwright-core (default ~/.cache/privacylint-e2e)
# Prints KEY=VALUE lines on stdout (CODE_SERVER_BIN, CODE_SERVER_NODE, PLAYWRIGHT_CORE, CHROMIUM, NVIM); progress on stderr.
set -euo pipefail
what=${1:-all}
E2E_HOME=${PRIVACYLINT_E2E_HOME:-$HOME/.cache/privacylint-e2e}
CS_VERSION=4.100.3          # = VS Code 1.100.3, runs on Node 20 (4.139+ needs Node 24)
PW_VERSION=1.65.1
log() { echo "[e2e-setup] $*" >&2; }
mkdir -p "$E2E_HOME"

# 1. Debian packages
pkgs=()
case "$what" in
  all) pkgs=(chromium neovim libkrb5-dev ripgrep) ;;
  gui) pkgs=(chromium libkrb5-dev ripgrep) ;;
  nvim) pkgs=(neovim) ;;
  *) echo "unknown component: $what" >&2; exit 2 ;;
esac
need=()
for p in "${pkgs[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || need+=("$p"); done
if ((${#need[@]})); then
  log "apt-get install ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  aptlog="$E2E_HOME/apt.log"
  { apt-get -o DPkg::Lock::Timeout=300 update -qq && \
    apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends "${need[@]}"; } >"$aptlog" 2>&1 \
    || { tail -30 "$aptlog" >&2; echo "[e2e-setup] apt-get failed (log: $aptlog)" >&2; exit 1; }
fi
[ "$what" = nvim ] && { echo "NVIM=$(command -v nvim)"; exit 0; }

# npm settings for code-server's install scripts: its postinstall refuses root without unsafe-perm; node-pty's
# postinstall runs `npx node-gyp` (~/.npmrc may say yes=false); no audit/fund noise.
export npm_config_unsafe_perm=true npm_config_yes=true npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
# native modules (argon2, kerberos, node-pty, ...) are built from source: use the local Node headers, node-gyp cannot download them
if [ -z "${npm_config_nodedir:-}" ] && ! grep -qs '^nodedir=' "$HOME/.npmrc"; then
  nd="$(dirname "$(dirname "$(command -v node)")")"
  [ -f "$nd/include/node/node.h" ] && export npm_config_nodedir="$nd"
fi

# 2. playwright-core (driver only; the browser is Debian's chromium, never a downloaded one)
PW_DIR="$E2E_HOME/playwright"
if [ ! -f "$PW_DIR/node_modules/playwright-core/package.json" ]; then
  log "npm install playwright-core@$PW_VERSION into $PW_DIR"
  rm -rf "$PW_DIR"; mkdir -p "$PW_DIR"
  (cd "$PW_DIR" && npm init -y >/dev/null && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-save "playwright-core@$PW_VERSION" >install.log 2>&1) \
    || { tail -30 "$PW_DIR/install.log" >&2; rm -rf "$PW_DIR"; exit 1; }
fi

# 3. code-server from npm
CS_DIR="$E2E_HOME/cs-$CS_VERSION"
if [ ! -f "$CS_DIR/node_modules/code-server/out/node/entry.js" ] || [ ! -f "$CS_DIR/.complete" ]; then
  # @vscode/ripgrep@1.15.11 (pinned by code-server's shrinkwrap) downloads rg from api.github.com in postinstall; it first
  # looks in <tmpdir>/vscode-ripgrep-cache-1.15.11/. Seed that cache with Debian's rg so no download is attempted.
  rgc="$(node -p 'require("os").tmpdir()')/vscode-ripgrep-cache-1.15.11"
  mkdir -p "$rgc"
  tar czf "$rgc/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C /usr/bin rg
  log "npm install code-server@$CS_VERSION into $CS_DIR (about a minute)"
  rm -rf "$CS_DIR"; mkdir -p "$CS_DIR"
  (cd "$CS_DIR" && npm init -y >/dev/null && npm install --foreground-scripts "code-server@$CS_VERSION" >install.log 2>&1) \
    || { tail -40 "$CS_DIR/install.log" >&2; rm -rf "$CS_DIR/node_modules"; exit 1; }
  touch "$CS_DIR/.complete"
fi

echo "CODE_SERVER_BIN=$CS_DIR/node_modules/code-server/out/node/entry.js"
echo "CODE_SERVER_NODE=$(command -v node)"
echo "PLAYWRIGHT_CORE=$PW_DIR/node_modules/playwright-core"
echo "CHROMIUM=$(command -v chromium)"
[ "$what" = all ] && echo "NVIM=$(command -v nvim)"
exit 0
