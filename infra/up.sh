#!/usr/bin/env bash
# Starts the local services the subgraphs and tests need, leaving alone whatever already answers.
#   bash infra/up.sh [--profile dev|test]
# dev keeps DynamoDB data on disk (127.0.0.1:8000); test keeps it in memory (127.0.0.1:8001).
# Progress goes to stderr; stdout gets the endpoints as KEY=value lines, ready for `eval`.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
NODE24="$ROOT/node_modules/.bin/node"

PROFILE=dev
while (($#)); do
  case "$1" in
    --profile) PROFILE="${2:-}"; shift 2 || true ;;
    --profile=*) PROFILE="${1#*=}"; shift ;;
    *) die "unknown argument: $1 (usage: up.sh [--profile dev|test])" ;;
  esac
done
[[ "$PROFILE" == dev || "$PROFILE" == test ]] || die "--profile must be dev or test, not '$PROFILE'"
[[ -x "$NODE24" ]] || die "node_modules/.bin/node (Node 24) is missing; run npm ci first"

HOST=127.0.0.1
REDIS_PORT="${REDIS_PORT:-6379}"
RABBITMQ_PORT="${RABBITMQ_PORT:-5672}"
POSTGRES_PORT="${POSTGRES_PORT:-5432}"
FERRETDB_PORT="${FERRETDB_PORT:-27017}"
if [[ "$PROFILE" == dev ]]; then DYNALITE_PORT="${DYNALITE_PORT:-8000}"; else DYNALITE_PORT="${DYNALITE_PORT:-8001}"; fi

# The tests' broker user: guest, which only the machine's broker has (the compose broker has none).
RABBITMQ_URL="amqp://guest:guest@$HOST:$RABBITMQ_PORT"
MONGODB_URL="mongodb://$HOST:$FERRETDB_PORT"
DYNAMODB_ENDPOINT="http://$HOST:$DYNALITE_PORT"
FERRETDB_DATABASE="${FERRETDB_DATABASE:-ferretdb}"

# The development secrets, the broker users' passwords among them (generated on first use).
bash "$ROOT/infra/secrets.sh"
set -a
# shellcheck disable=SC1091
source "$STATE_DIR/secrets.env"
set +a
# shellcheck source-path=SCRIPTDIR
source "$ROOT/infra/rabbitmq/users.sh"
# The broker is probed as a service user, as npm start connects: a compose broker has no guest.
SERVICE_BROKER_URL="$(RABBITMQ_HOST="$HOST" broker_url_for gateway)"

# --- broker users (one per service, topic permissions; see infra/rabbitmq/users.sh) ---
ensure_broker_users() {
  # A broker in a container (docker compose --profile infra) creates its users from the same secrets file.
  if ! command -v rabbitmqctl >/dev/null; then log "RabbitMQ: not on this machine; its users come from compose"; return 0; fi
  # rabbitmqctl is slow: provision again only when the passwords or the rules changed, a user is gone, or
  # the broker refuses this checkout's password (another checkout on the machine provisioned its own).
  local stamp="$STATE_DIR/broker-users.stamp" digest
  digest="$(cat "$STATE_DIR/secrets.env" "$ROOT/infra/rabbitmq/users.sh" | sha256sum | cut -d' ' -f1)"
  if [[ "$(cat "$stamp" 2>/dev/null)" == "$digest" ]] && [[ "$(rabbitmqctl -q list_topic_permissions 2>/dev/null | grep -cE '^(gateway|pix|loans|insurance|accounts)\s')" == 5 ]] &&
    rabbitmq_admits_services >/dev/null 2>&1; then return 0; fi
  log "RabbitMQ: users gateway, pix, loans, insurance, accounts with their permissions"
  provision_broker_users || die "could not create the RabbitMQ users (rabbitmqctl); see /var/log/rabbitmq/"
  echo "$digest" >"$stamp"
}

# PING over a bare socket: no redis-cli needed when Redis runs in a container (docker compose --profile infra).
redis_ok() (
  exec 3<>"/dev/tcp/$HOST/$REDIS_PORT" || exit 1
  printf 'PING\r\n' >&3
  read -r -t 2 reply <&3 && [[ "$reply" == +PONG* ]]
)
# Answering AMQP at all (a refused login included: the users may not exist yet), then as the service user.
rabbitmq_answers() { port_open "$HOST" "$RABBITMQ_PORT" && "$NODE24" "$ROOT/infra/probe.mts" amqp-answers "$SERVICE_BROKER_URL"; }
rabbitmq_admits_services() { "$NODE24" "$ROOT/infra/probe.mts" amqp "$SERVICE_BROKER_URL"; }
# PostgreSQL's superuser: postgres on the machine's server (trust on loopback), accounts in a container
# (npm run infra:compose: the official image makes its one role, with the secrets file's password, superuser).
PG_USER=postgres
postgres_url() { echo "postgres://$PG_USER@$HOST:$POSTGRES_PORT/$1"; }
postgres_ok() { "$NODE24" "$ROOT/infra/probe.mts" postgres "$(postgres_url postgres)"; }
postgres_in_container() {
  ! postgres_ok >/dev/null 2>&1 &&
    PG_USER="accounts:$POSTGRES_PASSWORD_ACCOUNTS" postgres_ok >/dev/null 2>&1
}
ferretdb_ok() { port_open "$HOST" "$FERRETDB_PORT" && "$NODE24" "$ROOT/infra/probe.mts" mongodb "$MONGODB_URL"; }
dynalite_ok() {
  curl -sf -m 2 -X POST "$DYNAMODB_ENDPOINT/" \
    -H 'Content-Type: application/x-amz-json-1.0' -H 'X-Amz-Target: DynamoDB_20120810.ListTables' \
    -H 'X-Amz-Date: 20000101T000000Z' \
    -H 'Authorization: AWS4-HMAC-SHA256 Credential=local/20000101/local/dynamodb/aws4_request, SignedHeaders=host, Signature=0' \
    -d '{}' | grep -q TableNames
}

# A machine service (started by its own daemon command, never stopped by down.sh).
ensure_system() {
  local name="$1" probe="$2" timeout="$3" logs="$4"; shift 4
  if $probe >/dev/null 2>&1; then log "$name: already running"; return; fi
  command -v "$1" >/dev/null || die "$name is not running and $1 is not installed"
  log "$name: starting"
  "$@" >/dev/null 2>&1 || true
  wait_until "$timeout" "$probe" || fail_service "$name" "$logs"
  log "$name: ready"
}

database_exists() {
  [[ "$(psql "$(postgres_url postgres)" -tAc "select 1 from pg_database where datname = '$1'")" == 1 ]]
}

ensure_database() {
  database_exists "$1" || psql "$(postgres_url postgres)" -qc "create database $1" >/dev/null
}

# Lookups by _id served by an index in every collection FerretDB creates (see the SQL file).
ensure_ferretdb_id_indexes() {
  command -v psql >/dev/null || return 0 # no FerretDB here: a MongoDB answers (compose), and no PostgreSQL client
  database_exists "$FERRETDB_DATABASE" || return 0
  [[ "$(psql "$(postgres_url "$FERRETDB_DATABASE")" -tAc "select 1 from pg_event_trigger where evtname = 'ferretdb_id_lookup_index'")" == 1 ]] && return 0
  psql "$(postgres_url "$FERRETDB_DATABASE")" -v ON_ERROR_STOP=1 -qf "$ROOT/infra/ferretdb/id-lookup-indexes.sql" >/dev/null ||
    die "FerretDB: could not install the _id lookup indexes"
}

ensure_system Redis redis_ok 30 /var/log/redis/ci.log \
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port "$REDIS_PORT" --save "" --appendonly no \
  --dir /var/lib/redis --logfile /var/log/redis/ci.log
ensure_system RabbitMQ rabbitmq_answers 120 /var/log/rabbitmq/ rabbitmq-server -detached
ensure_broker_users
# Compose's broker takes its users' passwords from the file it was started with; npm start's are in .infra/secrets.env.
rabbitmq_admits_services >/dev/null 2>&1 ||
  die "RabbitMQ refuses the gateway user's password from .infra/secrets.env; a broker in a container must be started with that file: npm run infra:compose"
# RabbitMQ's Prometheus endpoint, scraped by the local Prometheus (`npm start -- --observability`):
# enabled once; the broker keeps its plugins across restarts.
if ! port_open "$HOST" 15692; then
  log "RabbitMQ: enabling the rabbitmq_prometheus plugin"
  rabbitmq-plugins enable --quiet rabbitmq_prometheus >/dev/null || die "RabbitMQ: could not enable the rabbitmq_prometheus plugin"
  wait_until 30 port_open "$HOST" 15692 || fail_service "RabbitMQ's Prometheus endpoint (15692)" /var/log/rabbitmq/
fi

# A container's PostgreSQL already has the accounts database, and the accounts subgraph connects as its role.
if postgres_in_container; then
  PG_USER="accounts:$POSTGRES_PASSWORD_ACCOUNTS"
  log "PostgreSQL: a container's (role accounts), left alone"
else
  ensure_system PostgreSQL postgres_ok 60 /var/log/postgresql/ \
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql 2>/dev/null)" main start
  # The accounts subgraph's own database (its tables come from the service's migrations).
  ensure_database accounts
fi

# FerretDB's own database, only when FerretDB must start (not when a MongoDB already answers).
if ! ferretdb_ok >/dev/null 2>&1; then
  ensure_database "$FERRETDB_DATABASE"
  FERRETDB_BIN="$(bash "$ROOT/infra/build-go-tool.sh" ferretdb)"
  mkdir -p "$STATE_DIR/ferretdb"
fi
ensure_ferretdb_id_indexes
ensure_process "ferretdb-$FERRETDB_PORT" ferretdb_ok "$FERRETDB_PORT" 30 \
  "${FERRETDB_BIN:-}" --handler=postgresql --postgresql-url="$(postgres_url "$FERRETDB_DATABASE")" \
  --listen-addr="$HOST:$FERRETDB_PORT" --debug-addr="${FERRETDB_DEBUG_ADDR:--}" \
  --state-dir="$STATE_DIR/ferretdb" --telemetry=disable --log-level=warn

dynalite_args=(--host "$HOST" --port "$DYNALITE_PORT")
[[ "$PROFILE" == dev ]] && dynalite_args+=(--path "$STATE_DIR/dynalite")
ensure_process "dynalite-$DYNALITE_PORT" dynalite_ok "$DYNALITE_PORT" 30 \
  "$NODE24" "$ROOT/node_modules/.bin/dynalite" "${dynalite_args[@]}"

log "endpoints ($PROFILE):"
cat <<ENDPOINTS
RABBITMQ_URL=$RABBITMQ_URL
REDIS_URL=redis://$HOST:$REDIS_PORT
MONGODB_URL=$MONGODB_URL
DYNAMODB_ENDPOINT=$DYNAMODB_ENDPOINT
POSTGRES_URL=$(postgres_url accounts)
ENDPOINTS
