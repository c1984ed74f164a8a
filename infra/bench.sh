#!/usr/bin/env bash
# `npm run bench`: brings up the local services (test profile) and runs the benchmarks; figures on stdout.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source-path=SCRIPTDIR
source infra/test-env.sh
# The benchmark's client is exempt from the gateway's rate limits by configuration, and only here.
export RATE_LIMIT_EXEMPT_SUBJECTS=bench-receiver
node_modules/.bin/tsx --conditions=development gateway/bench/payment-notifications.ts
node_modules/.bin/tsx --conditions=development subgraphs/accounts/bench/ledger-throughput.ts
node_modules/.bin/tsx --conditions=development gateway/bench/card-authorizations.ts
