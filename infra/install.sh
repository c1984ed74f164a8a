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

# Debian packages the tests and `npm start` need, installed when missing: chromium for the browser
# tests (Playwright downloads no browser here), prometheus and promtool for the alert-rule tests and
# `npm start -- --observability`.
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
{ command -v promtool && command -v prometheus; } >/dev/null || missing+=(prometheus)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "== apt-get install ${missing[*]}"
  as_root=()
  [ "$(id -u)" -eq 0 ] || as_root=(sudo)
  # The package lists are fetched only when they do not know a package yet.
  for package in "${missing[@]}"; do
    apt-cache show "$package" >/dev/null 2>&1 || { "${as_root[@]}" apt-get update -qq; break; }
  done
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=300 "${missing[@]}" >/dev/null
fi
