#!/bin/sh
# `npm test`: install what is missing, then typecheck and run unit, integration and browser tests.
set -eu
. "$(dirname -- "$0")/lib/setup-steps.sh"
ensure_node_dependencies
ensure_mediasoup_worker
ensure_chromium
ensure_test_tools
ensure_cluster_tools
ensure_light_participant_tools
ensure_client_build
. "$repo_root/scripts/lib/postgres.sh" && ensure_test_postgres
step "typechecking…"
npm run --silent typecheck
step "client bundle budget…"
node --import tsx client/scripts/check-bundle-budget.ts
step "unit and integration tests…"
npx --no-install vitest run
step "browser tests (real Chromium, real mediasoup media)…"
npm run --silent test:e2e
