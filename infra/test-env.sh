# shellcheck shell=bash
# Sourced by test.sh and bench.sh: installs what is missing, brings up the local services in the test
# profile, and exports their endpoints with NODE_ENV=test.
bash infra/install.sh
set -a
eval "$(bash infra/up.sh --profile test)"
# The random development secrets (broker users' passwords among them), generated on first use.
# shellcheck disable=SC1091
source .infra/secrets.env
NODE_ENV=test
LOG_LEVEL=silent
TURBO_TELEMETRY_DISABLED=1
set +a
