#!/usr/bin/env bash
# Builds a Go command once and caches the binary outside the repo, in ~/.cache/core-banking/
# ($XDG_CACHE_HOME if set); prints the binary's path.
#   bash infra/build-go-tool.sh ferretdb|helm|kubeconform|jaeger
# Each is built inside its own module, as its go.mod says (Jaeger's has replace directives, which a
# plain `go install module@version` refuses), at low priority: the machine is shared.
set -euo pipefail

tool="${1:-}"
case "$tool" in
  ferretdb) module=github.com/FerretDB/FerretDB package=./cmd/ferretdb version="${FERRETDB_VERSION:-v1.24.2}" ;;
  helm) module=helm.sh/helm/v3 package=./cmd/helm version="${HELM_VERSION:-v3.19.5}" ;;
  kubeconform) module=github.com/yannh/kubeconform package=./cmd/kubeconform version="${KUBECONFORM_VERSION:-v0.7.0}" ;;
  jaeger) module=github.com/jaegertracing/jaeger package=./cmd/all-in-one version="${JAEGER_VERSION:-v1.76.0}" ;;
  *) echo "[infra] ERROR: usage: build-go-tool.sh ferretdb|helm|kubeconform|jaeger" >&2; exit 1 ;;
esac
CACHE_DIR="${XDG_CACHE_HOME:-$HOME/.cache}/core-banking/$tool-$version"
BIN="$CACHE_DIR/$tool"

if [[ -x "$BIN" ]]; then echo "$BIN"; exit 0; fi

PATH="$PATH:/usr/local/go/bin" # Go's default install place, for shells that did not add it
command -v go >/dev/null || { echo "[infra] ERROR: Go is needed to build $tool (go not found)" >&2; exit 1; }
echo "[infra] building $tool $version once (cached in $CACHE_DIR)..." >&2

module_dir="$(go mod download -json "$module@$version" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')"
[[ -d "$module_dir" ]] || { echo "[infra] ERROR: could not download the $module $version module" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if [[ "$tool" == ferretdb ]]; then
  # FerretDB v1.24.2 built as downloaded panics at start (build/version/version.txt is empty in the
  # module zip): build a copy with the version written.
  cp -r "$module_dir/." "$work"
  chmod -R u+w "$work"
  echo "$version" >"$work/build/version/version.txt"
  module_dir="$work"
fi
mkdir -p "$CACHE_DIR"
# Built to a temporary name, then renamed, so a half-built binary is never taken for a cached one.
(cd "$module_dir" && CGO_ENABLED=0 nice -n 10 go build -trimpath -o "$BIN.tmp.$$" "$package") >&2
mv "$BIN.tmp.$$" "$BIN"
echo "$BIN"
