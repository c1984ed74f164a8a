#!/usr/bin/env bash
# Development secrets: random values generated on first use into .infra/secrets.env (KEY=value lines,
# mode 600, never committed), so no secret of a running stack is a constant in the repository.
#   bash infra/secrets.sh              ensures the file exists (adds any key it lacks)
#   bash infra/secrets.sh CMD ARGS...  ensures it, then runs CMD with the secrets in its environment
# start.sh and test-env.sh source it; values already set in the environment are kept.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SECRETS_FILE="${SECRETS_FILE:-$ROOT/.infra/secrets.env}"

random_secret() { od -An -N32 -tx1 /dev/urandom | tr -d ' \n'; }

ensure_secret() {
  local name="$1" value="$2"
  grep -q "^$name=" "$SECRETS_FILE" || printf '%s=%s\n' "$name" "$value" >>"$SECRETS_FILE"
}

mkdir -p "$(dirname "$SECRETS_FILE")"
(umask 077 && touch "$SECRETS_FILE")
ensure_secret PRINCIPAL_HMAC_SECRET "$(random_secret)"
ensure_secret JWT_SECRET "$(random_secret)"
ensure_secret EVENTS_HMAC_KEYS "pix=$(random_secret),loans=$(random_secret),insurance=$(random_secret),accounts=$(random_secret)"
# A producer added since the file was written gets its key appended.
for producer in pix loans insurance accounts; do
  grep -Eq "^EVENTS_HMAC_KEYS=(.*,)?$producer=" "$SECRETS_FILE" || sed -i "s/^EVENTS_HMAC_KEYS=.*/&,$producer=$(random_secret)/" "$SECRETS_FILE"
done
for user in gateway pix loans insurance accounts; do ensure_secret "RABBITMQ_PASSWORD_${user^^}" "$(random_secret)"; done
# Only for compose's infra profile, which reads this file (npm run infra:compose): its broker's admin and its database's password.
ensure_secret RABBITMQ_ADMIN_PASSWORD "$(random_secret)"
ensure_secret POSTGRES_PASSWORD_ACCOUNTS "$(random_secret)"
# The accounts service's card key: 256 bits, hex (AES-256-GCM of card numbers, their look-up hash, CVVs).
ensure_secret ACCOUNTS_CARD_KEY "$(random_secret)"

if (($#)); then
  set -a
  # shellcheck disable=SC1090
  source "$SECRETS_FILE"
  set +a
  exec "$@"
fi
