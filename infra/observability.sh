#!/usr/bin/env bash
# Starts the local observability stack of `npm start -- --observability`, leaving alone whatever
# already answers: Prometheus (Debian's package; infra/prometheus/local.yml scrapes every service's
# metrics port and RabbitMQ, with the alert rules loaded) and Jaeger all-in-one (built once from its
# Go module, OTLP receivers on), with a minimal trace view over Jaeger's API. All three run detached
# with pid files, like up.sh's processes, so `npm run infra:down` stops them. Progress goes to stderr; stdout is their URLs as KEY=value lines.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

HOST=127.0.0.1
PROMETHEUS_PORT="${PROMETHEUS_PORT:-9090}"
JAEGER_UI_PORT="${JAEGER_UI_PORT:-16686}"
TRACE_VIEW_PORT="${TRACE_VIEW_PORT:-16687}"
OTLP_GRPC_PORT="${OTLP_GRPC_PORT:-4317}"
OTLP_HTTP_PORT="${OTLP_HTTP_PORT:-4318}"

prometheus_ok() { curl -sf -m 2 "http://$HOST:$PROMETHEUS_PORT/-/ready"; }
trace_view_ok() { curl -sf -m 2 -o /dev/null "http://$HOST:$TRACE_VIEW_PORT/"; }
jaeger_ok() { curl -sf -m 2 "http://$HOST:$JAEGER_UI_PORT/api/services" && port_open "$HOST" "$OTLP_HTTP_PORT"; }

command -v prometheus >/dev/null || die "prometheus is not installed (infra/install.sh installs Debian's package)"
mkdir -p "$STATE_DIR/prometheus"
ensure_process "prometheus-$PROMETHEUS_PORT" prometheus_ok "$PROMETHEUS_PORT" 30 \
  prometheus --config.file="$ROOT/infra/prometheus/local.yml" --storage.tsdb.path="$STATE_DIR/prometheus" \
  --storage.tsdb.retention.time=7d --web.listen-address="$HOST:$PROMETHEUS_PORT"

if ! jaeger_ok >/dev/null 2>&1; then JAEGER_BIN="$(bash "$ROOT/infra/build-go-tool.sh" jaeger)"; fi
# In memory; every listener on loopback (the admin and legacy collector ports too).
ensure_process "jaeger-$JAEGER_UI_PORT" jaeger_ok "$JAEGER_UI_PORT" 30 \
  "${JAEGER_BIN:-}" --memory.max-traces=100000 \
  --collector.otlp.enabled=true \
  --collector.otlp.grpc.host-port="$HOST:$OTLP_GRPC_PORT" --collector.otlp.http.host-port="$HOST:$OTLP_HTTP_PORT" \
  --query.http-server.host-port="$HOST:$JAEGER_UI_PORT" --query.grpc-server.host-port="$HOST:16685" \
  --admin.http.host-port="$HOST:14269" --collector.http-server.host-port="$HOST:14268" \
  --collector.grpc-server.host-port="$HOST:14250"

# The Go module's Jaeger has no web UI: a minimal trace view over its query API (infra/trace-view.mts).
ensure_process "trace-view-$TRACE_VIEW_PORT" trace_view_ok "$TRACE_VIEW_PORT" 30 \
  "$ROOT/node_modules/.bin/node" "$ROOT/infra/trace-view.mts" "http://$HOST:$JAEGER_UI_PORT" "$TRACE_VIEW_PORT"

cat <<URLS
PROMETHEUS_URL=http://localhost:$PROMETHEUS_PORT
ALERTS_URL=http://localhost:$PROMETHEUS_PORT/alerts
JAEGER_URL=http://localhost:$JAEGER_UI_PORT
TRACES_URL=http://localhost:$TRACE_VIEW_PORT
OTEL_EXPORTER_OTLP_ENDPOINT=http://$HOST:$OTLP_HTTP_PORT
URLS
