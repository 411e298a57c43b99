#!/usr/bin/env bash
# Builds the solution and runs every test project; the last line is the sum over all projects:
#   N passed, N failed, N skipped
# Extra arguments go to `dotnet test` (e.g. ./test.sh --filter FullyQualifiedName~SshdT).
# Exit status: 0 when everything built and no test failed, non-zero otherwise.
set -euo pipefail
cd "$(dirname "$0")"

# The summary lines parsed below are the CLI's English console output.
export DOTNET_CLI_UI_LANGUAGE=en
export DOTNET_NOLOGO=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1

log=$(mktemp)
trap 'rm -f "$log"' EXIT

status=0
# stdin from /dev/null: nothing in the run may wait for a terminal (CI has none).
dotnet test SshdLint.sln "$@" </dev/null 2>&1 | tee "$log" || status=$?

# One line per test project that ran, e.g.
#   Passed!  - Failed:     0, Passed:   660, Skipped:     0, Total:   660, Duration: 4 s - SshdLint.Parser.Tests.dll (net10.0)
# Projects without tests print "No test is available" instead and add nothing.
read -r passed failed skipped < <(
  sed -nE 's/^[[:space:]]*(Passed|Failed)! +- +Failed: +([0-9]+), +Passed: +([0-9]+), +Skipped: +([0-9]+),.*/\3 \2 \4/p' "$log" |
    awk '{ p += $1; f += $2; s += $3 } END { printf "%d %d %d\n", p, f, s }'
)

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "dotnet test exited with status $status without a failed test: the build failed or a test host crashed" >&2
fi
if [ "$status" -eq 0 ] && [ $((passed + failed + skipped)) -eq 0 ]; then
  echo "no test ran: the test summaries were not found in the output" >&2
  status=1
fi
echo "$passed passed, $failed failed, $skipped skipped"
if [ "$failed" -gt 0 ] && [ "$status" -eq 0 ]; then status=1; fi
exit "$status"
