#!/usr/bin/env bash
# Installs the npm dependencies when they are missing or older than the lockfile. npm runs on the
# machine's Node; the scripts then run on the Node 24 that the lockfile pins (node_modules/.bin/node).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x node_modules/.bin/node ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "== npm ci"
  npm ci --no-audit --no-fund
fi
node_modules/.bin/node -e 'const [major] = process.versions.node.split("."); if (major !== "24") { console.error(`Node 24 expected from node_modules/.bin, got ${process.version}`); process.exit(1); }'

# Prometheus and promtool (the alert-rule tests, `npm start -- --observability`): Debian's package.
if ! command -v promtool >/dev/null || ! command -v prometheus >/dev/null; then
  echo "== apt-get install prometheus"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends prometheus >/dev/null
fi
