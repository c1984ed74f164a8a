#!/usr/bin/env bash
# The start command (`npm start`): installs what is missing, brings up the local services (data kept
# on disk), starts every subgraph and the gateway, and prints the gateway URL. Ctrl-C stops the
# services; `npm run infra:down` stops the local infrastructure too.
#   npm start -- --seed    also gives the demo customers their story (npm run seed) and prints their tokens
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source-path=SCRIPTDIR
source infra/lib.sh

# Options: one case each.
seed=false
for option in "$@"; do
  case "$option" in
    --seed) seed=true ;;
    *) die "unknown option $option (npm start -- [--seed])" ;;
  esac
done

bash infra/install.sh
set -a
eval "$(bash infra/up.sh --profile dev)"
set +a

# name, port, workspace
SERVICES=("pix 4001 subgraphs/pix" "loans 4002 subgraphs/loans" "insurance 4003 subgraphs/insurance" "gateway 4000 gateway")
mkdir -p "$LOG_DIR"
children=()
stop_all() {
  trap - INT TERM EXIT
  log "stopping the services"
  for pid in "${children[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop_all EXIT
trap 'stop_all; exit 0' INT TERM

for service in "${SERVICES[@]}"; do
  read -r name port workspace <<<"$service"
  if port_open 127.0.0.1 "$port"; then die "$name: port $port is already in use (is the stack already running?)"; fi
  log "$name: starting on port $port (log: .infra/logs/$name.log)"
  (cd "$workspace" && PORT="$port" exec "$ROOT/node_modules/.bin/tsx" --conditions=development src/main.ts) >"$LOG_DIR/$name.log" 2>&1 &
  children+=("$!")
  wait_until 60 curl -sf "http://127.0.0.1:$port/health/live" || fail_service "$name" "$LOG_DIR/$name.log"
done

if [ "$seed" = true ]; then
  wait_until 60 curl -sf http://127.0.0.1:4000/health/ready || fail_service gateway "$LOG_DIR/gateway.log"
  GATEWAY_URL=http://127.0.0.1:4000 "$ROOT/node_modules/.bin/tsx" --conditions=development gateway/src/cli/seed.ts || die "seeding failed (see above)"
fi

cat <<TEXT

  Gateway:        http://localhost:4000/graphql   (Apollo Sandbox in a browser)
  Offline:        http://localhost:4000/graphiql  (GraphiQL served by the gateway itself)
  Subscriptions:  ws://localhost:4000/graphql
  Metrics:        http://localhost:4000/metrics   (each subgraph too: 4001 pix, 4002 loans, 4003 insurance)
  A token:        npm run -s token -- --sub demo-ana --name "Ana Souza" --document 52998224725
  Demo data:      npm run seed   (or npm start -- --seed)

  Logs in .infra/logs/. Ctrl-C stops the services.
TEXT
wait -n "${children[@]}" || true
die "a service exited; see .infra/logs/"
