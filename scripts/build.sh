#!/bin/sh
# Installs and builds everything `npm start` needs, without starting (used by the Dockerfile).
set -eu
. "$(dirname -- "$0")/lib/setup-steps.sh"
ensure_node_dependencies
ensure_mediasoup_worker
ensure_client_build
step "built; MEDIASOUP_WORKER_BIN=$MEDIASOUP_WORKER_BIN"
