#!/usr/bin/env bash
# The start command (`npm start`): installs what is missing, brings up the local services (data kept
# on disk), starts every subgraph, the gateway and the web app, and prints their URLs. Ctrl-C stops the
# services; `npm run infra:down` stops the local infrastructure too.
#   npm start -- --seed            also gives the demo customers their story (npm run seed) and prints their tokens
#   npm start -- --observability   also Prometheus with the alert rules, and Jaeger (infra/observability.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source-path=SCRIPTDIR
source infra/lib.sh

# Options: one case each.
seed=false
OBSERVABILITY=false
for option in "$@"; do
  case "$option" in
    --seed) seed=true ;;
    --observability) OBSERVABILITY=true ;;
    *) die "unknown option $option (npm start -- [--seed] [--observability])" ;;
  esac
done

bash infra/install.sh
set -a
eval "$(bash infra/up.sh --profile dev)"
# Random development secrets, generated on first start (up.sh made sure of it); the environment wins.
# shellcheck disable=SC1091
source .infra/secrets.env
set +a
# PROMETHEUS_URL, ALERTS_URL, JAEGER_URL, TRACES_URL for the summary below, and OTEL_EXPORTER_OTLP_ENDPOINT, exported:
# the standard variable that turns each service's tracing on, exporting to Jaeger.
if [[ "$OBSERVABILITY" == true ]]; then
  set -a
  eval "$(bash infra/observability.sh)"
  set +a
fi
# shellcheck source-path=SCRIPTDIR
source infra/rabbitmq/users.sh
# shellcheck source-path=SCRIPTDIR
source infra/supervise.sh

# name, port, metrics port, workspace
SERVICES=("pix 4001 9401 subgraphs/pix" "loans 4002 9402 subgraphs/loans" "insurance 4003 9403 subgraphs/insurance" "accounts 4004 9404 subgraphs/accounts" "gateway 4000 9400 gateway")
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

# Each service under its own supervisor, as its own broker user, bound to HOST (127.0.0.1 unless set).
export HOST="${HOST:-127.0.0.1}"
# How long a service may take to answer its health check: a busy machine compiles the TypeScript slowly.
START_TIMEOUT_S="${START_TIMEOUT_S:-180}"
for service in "${SERVICES[@]}"; do
  read -r name port metrics_port workspace <<<"$service"
  if port_open 127.0.0.1 "$port"; then die "$name: port $port is already in use (is the stack already running?)"; fi
  log "$name: starting on $HOST:$port, metrics on $metrics_port (log: .infra/logs/$name.log)"
  : >"$LOG_DIR/$name.log"
  (cd "$workspace" && PORT="$port" METRICS_PORT="$metrics_port" RABBITMQ_URL="$(broker_url_for "$name")" \
    supervise "$name" "$LOG_DIR/$name.log" "$ROOT/node_modules/.bin/tsx" --conditions=development src/main.ts) &
  children+=("$!")
  wait_until "$START_TIMEOUT_S" curl -sf "http://127.0.0.1:$port/health/live" || fail_service "$name" "$LOG_DIR/$name.log"
done

# The web app: Vite's dev server on the same address, calling the gateway above (web/public/config.js).
WEB_PORT=5173
if port_open 127.0.0.1 "$WEB_PORT"; then die "web: port $WEB_PORT is already in use"; fi
log "web: starting on $HOST:$WEB_PORT (log: .infra/logs/web.log)"
: >"$LOG_DIR/web.log"
(cd web && supervise web "$LOG_DIR/web.log" "$ROOT/node_modules/.bin/node" "$ROOT/node_modules/.bin/vite" --host "$HOST" --port "$WEB_PORT" --strictPort) &
children+=("$!")
wait_until "$START_TIMEOUT_S" curl -sf "http://127.0.0.1:$WEB_PORT/" || fail_service web "$LOG_DIR/web.log"

if [ "$seed" = true ]; then
  wait_until "$START_TIMEOUT_S" curl -sf http://127.0.0.1:4000/health/ready || fail_service gateway "$LOG_DIR/gateway.log"
  GATEWAY_URL=http://127.0.0.1:4000 "$ROOT/node_modules/.bin/tsx" --conditions=development gateway/src/cli/seed.ts || die "seeding failed (see above)"
fi

cat <<TEXT

  Web app:        http://localhost:$WEB_PORT          (the customer's bank; sign in as a demo customer)
  Gateway:        http://localhost:4000/graphql   (Apollo Sandbox in a browser)
  Offline:        http://localhost:4000/graphiql  (GraphiQL served by the gateway itself)
  Subscriptions:  ws://localhost:4000/graphql
  Metrics:        http://127.0.0.1:9400/metrics   (internal ports: 9401 pix, 9402 loans, 9403 insurance, 9404 accounts)
  A token:        npm run -s token -- --sub demo-ana --name "Ana Souza" --document 52998224725
  Demo data:      npm run seed   (or npm start -- --seed)

  Logs in .infra/logs/ (a crashed service restarts with a growing back-off; its log says why).
  Secrets in .infra/secrets.env. Ctrl-C stops the services.
TEXT
if [[ "$OBSERVABILITY" == true ]]; then
  cat <<TEXT
  Prometheus:     $PROMETHEUS_URL   (alerts: $ALERTS_URL; dashboards' queries run here)
  Traces:         $TRACES_URL   (recent traces and span trees, from Jaeger's API)
  Jaeger:         $JAEGER_URL/api/traces?service=gateway&limit=20   (every service exports to $OTEL_EXPORTER_OTLP_ENDPOINT)
  Both keep running after Ctrl-C; npm run infra:down stops them.

TEXT
fi
wait
