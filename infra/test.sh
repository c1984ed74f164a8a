#!/usr/bin/env bash
# The test command (`npm test`): installs what is missing, brings up the local services in the
# test profile, checks types and lint, runs every test, and ends with "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source-path=SCRIPTDIR
source infra/test-env.sh
mkdir -p .infra/results
rm -f .infra/results/*.json

echo "== chart tools"
# helm, kubeconform and the Kubernetes JSON schemas for test/helm-chart.test.ts: built once, cached in
# ~/.cache/core-banking/, so the tests only find them.
bash infra/build-go-tool.sh helm >/dev/null
bash infra/build-go-tool.sh kubeconform >/dev/null
bash infra/helm/build-kube-json-schemas.sh >/dev/null

echo "== typecheck and lint"
npx turbo run typecheck lint --output-logs=errors-only
npx tsc -p test/tsconfig.json --noEmit

# Formatting (.prettierrc.json, .editorconfig): a file prettier would change fails the run (`npm run format` fixes it).
echo "== format"
npm run --silent format:check

echo "== tests"
status=0
# The web app's component tests (Vitest), then the browser tests among the rest (jest builds the app).
(cd web && ../node_modules/.bin/node ../node_modules/.bin/vitest run --reporter=default --reporter=json --outputFile=../.infra/results/web.json) || status=$?
# Tests that stop a shared service (the broker) run alone, after the others.
JEST_PASS=parallel npx jest --json --outputFile=.infra/results/parallel.json "$@" || status=$?
JEST_PASS=disruptive npx jest --passWithNoTests --json --outputFile=.infra/results/disruptive.json "$@" || status=$?

node_modules/.bin/node infra/summarize-tests.mts .infra/results/web.json .infra/results/parallel.json .infra/results/disruptive.json
exit "$status"
