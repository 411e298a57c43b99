#!/usr/bin/env bash
# Builds the .vsix: the language server published self-contained for each runtime given (default linux-x64) into
# server/<rid>/, the extension bundled with esbuild, then `vsce package`. The user needs no .NET install.
#
#   scripts/package.sh [RID...]        e.g. scripts/package.sh linux-x64 linux-arm64 osx-arm64 win-x64
#
# Runtime identifiers are .NET's; the extension picks server/<rid>/ for the platform it runs on (linux-x64,
# linux-arm64, linux-musl-x64, linux-musl-arm64, osx-x64, osx-arm64, win-x64, win-arm64) and otherwise falls back to
# `sshdlint` on PATH. Every runtime named goes into the same .vsix.
#
# Environment:
#   SSHDLINT_SKIP_PUBLISH=1    reuse server/<rid>/ as it is (no dotnet publish)
#   SSHDLINT_BASE_IMAGES_URL   absolute URL for README images (a Marketplace release); without it the README's
#                              relative image links are kept, which VS Code resolves inside the installed extension
# Output: vscode-extension/sshdlint-<version>.vsix (its path is the last line printed).
set -euo pipefail
cd "$(dirname "$0")/.."

rids=("$@")
[ "${#rids[@]}" -gt 0 ] || rids=(linux-x64)
version=$(node -p "require('./package.json').version")
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_CLI_UI_LANGUAGE=en

# A runtime left from an earlier run but not asked for now must not ship.
if [ -d server ]; then
  for dir in server/*/; do
    rid=$(basename "$dir")
    keep=no
    for wanted in "${rids[@]}"; do [ "$rid" = "$wanted" ] && keep=yes; done
    [ "$keep" = yes ] || rm -rf "$dir"
  done
fi

for rid in "${rids[@]}"; do
  out="server/$rid"
  if [ "${SSHDLINT_SKIP_PUBLISH:-}" = 1 ] && [ -e "$out/sshdlint" -o -e "$out/sshdlint.exe" ]; then
    echo "package: reusing $out"
    continue
  fi
  echo "package: dotnet publish for $rid"
  rm -rf "$out"
  # Single file, self-contained: one executable that needs no .NET on the user's machine. No trimming: the language
  # server serialises its protocol types with System.Text.Json source generation, but StreamJsonRpc uses reflection.
  dotnet publish ../src/Cli/SshdLint.Cli.csproj -c Release -r "$rid" --self-contained \
    -p:PublishSingleFile=true -p:IncludeNativeLibrariesForSelfExtract=true -p:DebugType=none \
    -o "$out" </dev/null
  # Keep only the executable (publish may leave a .pdb or .xml beside it).
  find "$out" -type f ! -name sshdlint ! -name sshdlint.exe -delete
  [ -e "$out/sshdlint" ] || [ -e "$out/sshdlint.exe" ]
done

# vsce runs `vscode:prepublish` (the production esbuild bundle) before packaging.
args=(package --no-dependencies --out "sshdlint-$version.vsix")
if [ -n "${SSHDLINT_BASE_IMAGES_URL:-}" ]; then
  args+=(--baseImagesUrl "$SSHDLINT_BASE_IMAGES_URL" --allow-missing-repository)
else
  args+=(--no-rewrite-relative-links --allow-missing-repository)
fi
npx --no-install vsce "${args[@]}" </dev/null
echo "$PWD/sshdlint-$version.vsix"
