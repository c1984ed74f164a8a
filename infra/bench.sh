#!/usr/bin/env bash
# `npm run bench`: brings up the local services (test profile) and runs the benchmarks; a table on stdout
# and JSON under .infra/results/. Every setting has a default (see gateway/bench/run.ts), e.g. the
# 10-minute soak: BENCH_SOAK_SECONDS=600 npm run bench. BENCH_ONLY runs only the benchmarks it names,
# e.g. BENCH_ONLY=P3,P4 or BENCH_ONLY=ledger: P1, P4, P3, soak (gateway/bench/run.ts), ferretdb, ledger, cards, transfers.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source-path=SCRIPTDIR
source infra/test-env.sh
# The benchmark's client is exempt from the gateway's rate limits by configuration, and only here.
export RATE_LIMIT_EXEMPT_SUBJECTS=bench-receiver

# Whether BENCH_ONLY (unset: everything) names any of the given benchmarks.
selected() {
  [[ -z "${BENCH_ONLY:-}" ]] && return 0
  local name
  for name in "$@"; do [[ ",${BENCH_ONLY// /}," == *",$name,"* ]] && return 0; done
  return 1
}
BENCHES=(P1 P4 P3 soak ferretdb ledger cards transfers)
for name in ${BENCH_ONLY//,/ }; do
  [[ " ${BENCHES[*]} " == *" $name "* ]] || { echo "BENCH_ONLY: no bench called $name (known: ${BENCHES[*]})" >&2; exit 1; }
done
bench() { node_modules/.bin/tsx --conditions=development "$@"; }

if selected P1 P4 P3 soak; then bench gateway/bench/run.ts; fi
if selected ferretdb; then bench subgraphs/loans/bench/ferretdb-point-lookups.ts; fi
if selected ledger; then bench subgraphs/accounts/bench/ledger-throughput.ts; fi
if selected cards; then bench gateway/bench/card-authorizations.ts; fi
if selected transfers; then bench gateway/bench/account-transfers.ts; fi
