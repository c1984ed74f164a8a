# shellcheck shell=bash
# One RabbitMQ user per service, each allowed only its own queues and, on the events exchange, to
# publish only the routing keys it owns (topic permissions): pix `pix.*`, loans `loans.*`,
# insurance `insurance.*`, accounts `accounts.*`; the gateway only consumes. Passwords: RABBITMQ_PASSWORD_<SERVICE>.
#   provision_broker_users   (up.sh locally; inside the rabbitmq container under docker-compose)

# user  topic-write-pattern
BROKER_USERS=(
  "gateway ^$"
  "pix ^pix\\."
  "loans ^loans\\."
  "insurance ^insurance\\."
  "accounts ^accounts\\."
)

broker_resources() {
  local exchange="${EVENTS_EXCHANGE:-bank.events}" user="$1"
  local escaped="${exchange//./\\.}"
  # The exchange, the user's own queues (<exchange>.<service>.*), and server-named exclusive queues.
  echo "^(${escaped}|${escaped}\\.${user}\\..*|amq\\.gen-.*)\$"
}

provision_broker_users() {
  local entry user topic_write password resources exchange="${EVENTS_EXCHANGE:-bank.events}"
  for entry in "${BROKER_USERS[@]}"; do
    read -r user topic_write <<<"$entry"
    local variable="RABBITMQ_PASSWORD_${user^^}"
    password="${!variable:?$variable is not set}"
    resources="$(broker_resources "$user")"
    if ! rabbitmqctl -q authenticate_user "$user" "$password" >/dev/null 2>&1; then
      rabbitmqctl -q add_user "$user" "$password" >/dev/null 2>&1 || rabbitmqctl -q change_password "$user" "$password" >/dev/null
    fi
    # Publishing to retry and dead-letter queues goes through the default exchange.
    rabbitmqctl -q set_permissions -p / "$user" "$resources" "$resources|^amq\\.default\$" "$resources" >/dev/null
    rabbitmqctl -q set_topic_permissions -p / "$user" "$exchange" "$topic_write" ".*" >/dev/null
  done
}

# The URL a service connects with: its own user.
broker_url_for() {
  local user="$1" variable="RABBITMQ_PASSWORD_${1^^}"
  echo "amqp://$user:${!variable}@${RABBITMQ_HOST:-127.0.0.1}:${RABBITMQ_PORT:-5672}"
}
