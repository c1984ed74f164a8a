# shellcheck shell=bash
# Sourced by test.sh and bench.sh: installs what is missing, brings up the local services in the test
# profile, and exports their endpoints with NODE_ENV=test.
bash infra/install.sh
set -a
eval "$(bash infra/up.sh --profile test)"
NODE_ENV=test
LOG_LEVEL=silent
TURBO_TELEMETRY_DISABLED=1
set +a
