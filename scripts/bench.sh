#!/bin/sh
# `npm run bench:<name>` and `npm run soak`: install what is missing, then run that benchmark (it
# prints its numbers).
set -eu
. "$(dirname -- "$0")/lib/setup-steps.sh"
ensure_node_dependencies
name=$1
shift
# The guard benchmark is pure shared code: it needs no media worker, browser or client build.
if [ "$name" = guard ]; then exec node --import tsx shared/bench/guard.ts "$@"; fi
ensure_mediasoup_worker
ensure_chromium
ensure_client_build
case "$name" in
  join) ensure_light_participant_tools; exec node --import tsx e2e/bench/join-latency.ts "$@" ;;
  capacity) ensure_light_participant_tools; exec node --import tsx e2e/bench/capacity.ts "$@" ;;
  fanout) exec node --import tsx e2e/bench/fanout.ts "$@" ;;
  cluster)
    ensure_cluster_tools
    . "$repo_root/scripts/lib/postgres.sh" && ensure_test_postgres
    exec node --import tsx e2e/bench/cluster.ts "$@" ;;
  soak) exec node --import tsx e2e/soak/soak.ts "$@" ;;
  *) echo "unknown benchmark: $name" >&2; exit 2 ;;
esac
