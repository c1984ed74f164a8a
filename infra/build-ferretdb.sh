#!/usr/bin/env bash
# Builds FerretDB once and caches the binary outside the repo; prints the binary's path.
# A plain `go install` of v1.24.2 panics at start (its build/version/version.txt is empty in the
# module zip), so the module is copied, the version file written, and the copy built.
set -euo pipefail

VERSION="${FERRETDB_VERSION:-v1.24.2}"
CACHE_DIR="${XDG_CACHE_HOME:-$HOME/.cache}/core-banking/ferretdb-$VERSION"
BIN="$CACHE_DIR/ferretdb"

if [[ -x "$BIN" ]]; then echo "$BIN"; exit 0; fi

PATH="$PATH:/usr/local/go/bin" # Go's default install place, for shells that did not add it
command -v go >/dev/null || { echo "[infra] ERROR: Go is needed to build FerretDB (go not found)" >&2; exit 1; }
echo "[infra] building FerretDB $VERSION once (cached in $CACHE_DIR)..." >&2

module_dir="$(go mod download -json "github.com/FerretDB/FerretDB@$VERSION" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')"
[[ -d "$module_dir" ]] || { echo "[infra] ERROR: could not download the FerretDB $VERSION module" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r "$module_dir/." "$work"
chmod -R u+w "$work"
echo "$VERSION" >"$work/build/version/version.txt"
mkdir -p "$CACHE_DIR"
(cd "$work" && CGO_ENABLED=0 go build -o "$BIN.tmp.$$" ./cmd/ferretdb) >&2
mv "$BIN.tmp.$$" "$BIN"
echo "$BIN"
