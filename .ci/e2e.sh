#!/usr/bin/env bash
# Editor end-to-end tests: PrivacyLint as a shipped extension.
#   1. installs what is missing (Debian chromium, neovim, libkrb5-dev, ripgrep; code-server 4.100.3 and playwright-core
#      from npm into ~/.cache/privacylint-e2e) - idempotent, about 1.5 min on a fresh machine, instant afterwards
#   2. npm run test:e2e: packages privacylint.vsix, checks it through the UI of a real VS Code (code-server + headless
#      chromium), then runs the vscode-API mocha suite inside code-server's extension host
#   3. test/nvim/run.ts: headless Neovim as a second LSP client over stdio
# Closing lines: "e2e: N passed, N failed" and "nvim: N passed, N failed". Exit status 1 when anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
export npm_config_yes=true npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false
t0=$SECONDS

[ -x node_modules/.bin/tsx ] || npm ci --no-audit --no-fund || { echo "npm ci failed"; echo "e2e: 0 passed, 1 failed"; echo "nvim: 0 passed, 1 failed"; exit 1; }

if ! bash test/e2e/setup.sh all >/dev/null; then
  echo "e2e setup failed (see above)"
  echo "e2e: 0 passed, 1 failed"
  echo "nvim: 0 passed, 1 failed"
  exit 1
fi
echo "e2e setup: $((SECONDS - t0)) s"

log=$(mktemp)
t1=$SECONDS
npm run --silent test:e2e 2>&1 | tee "$log"
e2e_status=${PIPESTATUS[0]}
echo "e2e (package + GUI + API): $((SECONDS - t1)) s"

t2=$SECONDS
NVIM_NO_BUILD=1 npx --no-install tsx test/nvim/run.ts 2>&1 | tee -a "$log"
nvim_status=${PIPESTATUS[0]}
echo "nvim: $((SECONDS - t2)) s; total $((SECONDS - t0)) s"

e2e_line=$(grep -E '^e2e: [0-9]+ passed, [0-9]+ failed' "$log" | tail -1)
nvim_line=$(grep -E '^nvim: [0-9]+ passed, [0-9]+ failed' "$log" | tail -1)
rm -f "$log"
[ -n "$e2e_line" ] || { e2e_line="e2e: 0 passed, 1 failed"; e2e_status=1; }
[ -n "$nvim_line" ] || { nvim_line="nvim: 0 passed, 1 failed"; nvim_status=1; }
echo "$e2e_line"
echo "$nvim_line"
[ "$e2e_status" -eq 0 ] && [ "$nvim_status" -eq 0 ]
