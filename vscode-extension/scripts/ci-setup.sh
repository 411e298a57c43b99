#!/usr/bin/env bash
# Called by .ci/run (CI=true, no stdin) after it has installed the Debian packages: the extension's npm packages and
# code-server for the end-to-end test. The same steps as a developer's install-e2e-deps.sh, which also installs the
# Debian packages when they are missing (nothing to do here, as .ci/run installed them).
set -euo pipefail
exec bash "$(dirname "$0")/install-e2e-deps.sh"
