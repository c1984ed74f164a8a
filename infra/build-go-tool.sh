#!/usr/bin/env bash
# Builds a Go command once and caches the binary outside the repo; prints the binary's path.
#   bash infra/build-go-tool.sh helm|kubeconform|jaeger
# The versions are pinned here; the build runs at low priority (the machine is shared).
set -euo pipefail

tool="${1:-}"
case "$tool" in
  helm) module=helm.sh/helm/v3/cmd/helm version="${HELM_VERSION:-v3.19.5}" ;;
  kubeconform) module=github.com/yannh/kubeconform/cmd/kubeconform version="${KUBECONFORM_VERSION:-v0.7.0}" ;;
  jaeger) module=github.com/jaegertracing/jaeger/cmd/all-in-one version="${JAEGER_VERSION:-v1.76.0}" ;;
  *) echo "[infra] ERROR: usage: build-go-tool.sh helm|kubeconform|jaeger" >&2; exit 1 ;;
esac
CACHE_DIR="${XDG_CACHE_HOME:-$HOME/.cache}/core-banking/$tool-$version"
BIN="$CACHE_DIR/$tool"

if [[ -x "$BIN" ]]; then echo "$BIN"; exit 0; fi

PATH="$PATH:/usr/local/go/bin" # Go's default install place, for shells that did not add it
command -v go >/dev/null || { echo "[infra] ERROR: Go is needed to build $tool (go not found)" >&2; exit 1; }
echo "[infra] building $tool $version once (cached in $CACHE_DIR)..." >&2
mkdir -p "$CACHE_DIR"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# `go install` into a scratch GOBIN, then one rename, so a half-built binary is never cached.
CGO_ENABLED=0 GOBIN="$work" nice -n 10 go install "$module@$version" >&2
mv "$work/$(basename "$module")" "$BIN"
echo "$BIN"
