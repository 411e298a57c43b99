#!/usr/bin/env bash
# Installs what the extension's tests need on a Debian 12 machine with Node 20 (see ../README.md, "Development"):
#   - the extension's own npm packages (npm ci in vscode-extension/);
#   - for the end-to-end test in a real VS Code: Debian's chromium, and code-server (VS Code served to a browser),
#     whose native modules build from source here because their prebuilt binaries would be downloaded.
# Idempotent: what is already there is kept. About 5 minutes the first time (code-server), seconds afterwards.
#
# Environment:
#   SSHDLINT_CODE_SERVER_DIR  where code-server is installed (default ~/.cache/sshdlint/code-server-VERSION);
#                             the test looks in the same place.
#   SSHDLINT_SKIP_APT=1       do not call apt-get (the Debian packages are known to be there).
set -euo pipefail
cd "$(dirname "$0")/.."

code_server_version=4.100.3
# The @vscode/ripgrep version inside that code-server: its install step looks for a cached archive in a folder named
# after it before trying to download one.
ripgrep_package_version=1.15.11
prefix="${SSHDLINT_CODE_SERVER_DIR:-$HOME/.cache/sshdlint/code-server-$code_server_version}"

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

packages=(chromium ripgrep libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config python3 make g++)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ] && [ "${SSHDLINT_SKIP_APT:-}" != 1 ]; then
  echo "install-e2e-deps: apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get update
  as_root apt-get install -y --no-install-recommends "${missing[@]}" </dev/null
fi

echo "install-e2e-deps: npm ci in vscode-extension/"
npm ci --no-audit --no-fund </dev/null

if [ -x "$prefix/node_modules/.bin/code-server" ]; then
  echo "install-e2e-deps: code-server $code_server_version already in $prefix"
else
  echo "install-e2e-deps: installing code-server $code_server_version into $prefix (about 5 minutes)"
  cache="$(node -p "require('os').tmpdir()")/vscode-ripgrep-cache-$ripgrep_package_version"
  mkdir -p "$cache"
  tar czf "$cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C /usr/bin rg
  mkdir -p "$prefix"
  # yes: let post-install scripts call `npx node-gyp` without a prompt; unsafe_perm: let them run as root.
  npm_config_yes=true npm_config_unsafe_perm=true \
    npm install --no-audit --no-fund --prefix "$prefix" "code-server@$code_server_version" </dev/null
  test -x "$prefix/node_modules/.bin/code-server"
fi
echo "install-e2e-deps: done"
