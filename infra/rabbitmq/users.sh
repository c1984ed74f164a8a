# shellcheck shell=bash
# One RabbitMQ user per service, each allowed only its own queues and, on the events exchange, to
# publish only the routing keys it owns (topic permissions): pix `pix.*`, loans `loans.*`,
# insurance `insurance.*`; the gateway only consumes. Passwords: RABBITMQ_PASSWORD_<SERVICE>.
#   provision_broker_users rabbitmqctl   (local: up.sh)
#   provision_broker_users http URL      (containers: the management API, docker-compose)

# user  topic-write-pattern
BROKER_USERS=(
  "gateway ^$"
  "pix ^pix\\."
  "loans ^loans\\."
  "insurance ^insurance\\."
)

broker_resources() {
  local exchange="${EVENTS_EXCHANGE:-bank.events}" user="$1"
  local escaped="${exchange//./\\.}"
  # The exchange, the user's own queues (<exchange>.<service>.*), and server-named exclusive queues.
  echo "^(${escaped}|${escaped}\\.${user}\\..*|amq\\.gen-.*)\$"
}

provision_broker_users() {
  local backend="$1" api="${2:-}" entry user topic_write password resources exchange="${EVENTS_EXCHANGE:-bank.events}"
  for entry in "${BROKER_USERS[@]}"; do
    read -r user topic_write <<<"$entry"
    local variable="RABBITMQ_PASSWORD_${user^^}"
    password="${!variable:?$variable is not set}"
    resources="$(broker_resources "$user")"
    if [[ "$backend" == rabbitmqctl ]]; then
      if ! rabbitmqctl -q authenticate_user "$user" "$password" >/dev/null 2>&1; then
        rabbitmqctl -q add_user "$user" "$password" >/dev/null 2>&1 || rabbitmqctl -q change_password "$user" "$password" >/dev/null
      fi
      # Publishing to retry and dead-letter queues goes through the default exchange.
      rabbitmqctl -q set_permissions -p / "$user" "$resources" "$resources|^amq\\.default\$" "$resources" >/dev/null
      rabbitmqctl -q set_topic_permissions -p / "$user" "$exchange" "$topic_write" ".*" >/dev/null
    else
      curl -sf -u "${RABBITMQ_ADMIN_USER:?}:${RABBITMQ_ADMIN_PASSWORD:?}" -H 'content-type: application/json' -X PUT "$api/users/$user" \
        -d "{\"password\":\"$password\",\"tags\":\"\"}" >/dev/null
      curl -sf -u "$RABBITMQ_ADMIN_USER:$RABBITMQ_ADMIN_PASSWORD" -H 'content-type: application/json' -X PUT "$api/permissions/%2F/$user" \
        -d "{\"configure\":\"${resources//\\/\\\\}\",\"write\":\"${resources//\\/\\\\}|^amq\\\\.default\$\",\"read\":\"${resources//\\/\\\\}\"}" >/dev/null
      curl -sf -u "$RABBITMQ_ADMIN_USER:$RABBITMQ_ADMIN_PASSWORD" -H 'content-type: application/json' -X PUT "$api/topic-permissions/%2F/$user" \
        -d "{\"exchange\":\"$exchange\",\"write\":\"${topic_write//\\/\\\\}\",\"read\":\".*\"}" >/dev/null
    fi
  done
}

# The URL a service connects with: its own user.
broker_url_for() {
  local user="$1" variable="RABBITMQ_PASSWORD_${1^^}"
  echo "amqp://$user:${!variable}@${RABBITMQ_HOST:-127.0.0.1}:${RABBITMQ_PORT:-5672}"
}
