#!/bin/sh
# `npm run soak [-- --minutes N]`: install what is missing, then run a 6-participant circle for N minutes
# (default 10, or SOAK_MINUTES) against a real server and print failures, consumers, RSS and event-loop lag.
set -eu
. "$(dirname -- "$0")/lib/setup-steps.sh"
ensure_node_dependencies
ensure_mediasoup_worker
ensure_chromium
ensure_client_build
exec node --import tsx e2e/soak/soak.ts "$@"
