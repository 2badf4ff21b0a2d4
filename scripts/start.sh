#!/bin/sh
# `npm start`: install what is missing, build what is stale, then serve PeerCircle on $PORT (3000).
set -eu
. "$(dirname -- "$0")/lib/setup-steps.sh"
ensure_node_dependencies
ensure_mediasoup_worker
ensure_client_build
step "starting on http://${HOST:-127.0.0.1}:${PORT:-3000}"
exec node --import tsx server/src/main.ts
