#!/usr/bin/env bash
# `npm run bench`: brings up the local services (test profile) and runs the benchmarks; figures on stdout.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source-path=SCRIPTDIR
source infra/test-env.sh
node_modules/.bin/tsx --conditions=development gateway/bench/payment-notifications.ts
node_modules/.bin/tsx --conditions=development subgraphs/accounts/bench/ledger-throughput.ts
