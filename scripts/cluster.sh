#!/bin/sh
# `npm run cluster`: install what is missing, then run a local cluster — a private Redis, a fresh
# PostgreSQL database, 3 PeerCircle nodes and HAProxy in front — until Ctrl-C.
# Options: npm run cluster -- --nodes 3 --port 4000   (HAProxy on 4000, node i on 4000 + i)
set -eu
. "$(dirname -- "$0")/lib/setup-steps.sh"
ensure_node_dependencies
ensure_mediasoup_worker
ensure_client_build
. "$repo_root/scripts/lib/postgres.sh" && ensure_test_postgres
ensure_cluster_tools
exec node --import tsx e2e/cluster/run-cluster.ts "$@"
