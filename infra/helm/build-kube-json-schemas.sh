#!/usr/bin/env bash
# Writes the Kubernetes JSON schemas kubeconform validates the chart against, once, into
# ~/.cache/core-banking/ ($XDG_CACHE_HOME if set); prints their directory. kubeconform's default
# schema source is not reachable from here, so they are made from the OpenAPI document that the
# k8s.io/kubernetes Go module ships (api/openapi-spec/swagger.json), and from the CRDs of the two
# operators the chart uses, from their Go modules (ServiceMonitor, ExternalSecret).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"

VERSION="${KUBERNETES_SCHEMA_VERSION:-v1.34.4}"
PROMETHEUS_OPERATOR_VERSION=v0.85.0
EXTERNAL_SECRETS_VERSION=v0.16.2
DIR="${XDG_CACHE_HOME:-$HOME/.cache}/core-banking/kubernetes-json-schemas-$VERSION-po-$PROMETHEUS_OPERATOR_VERSION-eso-$EXTERNAL_SECRETS_VERSION"

if [[ -f "$DIR/deployment-apps-v1.json" ]]; then echo "$DIR"; exit 0; fi

PATH="$PATH:/usr/local/go/bin"
command -v go >/dev/null || { echo "[infra] ERROR: Go is needed to fetch the Kubernetes OpenAPI document (go not found)" >&2; exit 1; }
module_dir() {
  local dir
  dir="$(go mod download -json "$1" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')"
  [[ -d "$dir" ]] || { echo "[infra] ERROR: could not download the Go module $1" >&2; exit 1; }
  echo "$dir"
}
kubernetes="$(module_dir "k8s.io/kubernetes@$VERSION")"
operator="$(module_dir "github.com/prometheus-operator/prometheus-operator@$PROMETHEUS_OPERATOR_VERSION")"
external_secrets="$(module_dir "github.com/external-secrets/external-secrets@$EXTERNAL_SECRETS_VERSION")"

work="$DIR.tmp.$$"
trap 'rm -rf "$work"' EXIT
"$ROOT/node_modules/.bin/node" "$ROOT/infra/helm/kube-json-schemas.mts" "$kubernetes/api/openapi-spec/swagger.json" "$work" \
  "$operator/example/prometheus-operator-crd/monitoring.coreos.com_servicemonitors.yaml" \
  "$operator/example/prometheus-operator-crd/monitoring.coreos.com_prometheusrules.yaml" \
  "$external_secrets/config/crds/bases/external-secrets.io_externalsecrets.yaml"
mv "$work" "$DIR"
echo "$DIR"
