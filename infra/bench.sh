#!/usr/bin/env bash
# `npm run bench`: brings up the local services (test profile) and runs the benchmarks; figures on stdout.
set -euo pipefail
cd "$(dirname "$0")/.."
bash infra/install.sh
set -a
eval "$(bash infra/up.sh --profile test)"
NODE_ENV=test
LOG_LEVEL=silent
set +a
node_modules/.bin/tsx --conditions=development gateway/bench/payment-notifications.ts
