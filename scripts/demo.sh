#!/bin/sh
# `npm run demo`: a demo cohort with a facilitator and five members and a session starting now;
# prints one JOIN line per person (open each in its own browser profile or private window), then
# serves PeerCircle.
set -eu
. "$(dirname -- "$0")/lib/setup-steps.sh"
ensure_node_dependencies
ensure_mediasoup_worker
ensure_client_build
node --import tsx server/src/demo.ts
step "serving on http://${HOST:-127.0.0.1}:${PORT:-3000} — open each JOIN link in its own browser profile or private window"
exec node --import tsx server/src/main.ts
