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

# Chromium for the browser tests (Debian's package; Playwright downloads no browser here).
if [ ! -x /usr/bin/chromium ]; then
  echo "== apt-get install chromium"
  as_root=()
  [ "$(id -u)" -eq 0 ] || as_root=(sudo)
  # The package lists are fetched only when they do not know chromium yet.
  apt-cache show chromium >/dev/null 2>&1 || "${as_root[@]}" apt-get update -qq
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=300 chromium >/dev/null
fi
