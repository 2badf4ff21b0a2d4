# Sourced by start.sh, test.sh and the bench scripts. Each step is idempotent and skips work that is
# already done, so a second run starts in seconds.

repo_root=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
cd "$repo_root"
. "$repo_root/scripts/lib/debian-packages.sh"

step() { printf '\033[1mpeercircle:\033[0m %s\n' "$*" >&2; }

content_hash() {
  # Hash of the named files and directories' contents (paths included), stable across machines.
  find "$@" -type f -not -path '*/node_modules/*' -not -path '*/dist/*' 2>/dev/null | LC_ALL=C sort | xargs sha256sum | sha256sum | cut -c1-16
}

ensure_node_dependencies() {
  stamp=node_modules/.peercircle-lock-hash
  wanted=$(content_hash package-lock.json)
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ]; then return 0; fi
  ensure_debian_packages python3 make g++
  step "installing npm dependencies (npm ci)…"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$wanted" > "$stamp"
}

ensure_mediasoup_worker() {
  MEDIASOUP_WORKER_BIN=$(sh scripts/ensure-mediasoup-worker.sh | tail -n 1)
  export MEDIASOUP_WORKER_BIN
}

ensure_client_build() {
  stamp=client/dist/.source-hash
  wanted=$(content_hash client/src client/index.html client/vite.config.ts shared/src package-lock.json)
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ]; then return 0; fi
  step "building the web client…"
  npm run build --silent -w client >/dev/null
  echo "$wanted" > "$stamp"
}

ensure_chromium() {
  ensure_debian_packages chromium fonts-dejavu-core
  export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
}

# vpxenc encodes the short VP8 clip that light participants (e2e/support/light-participant.ts) send.
ensure_light_participant_tools() {
  ensure_debian_packages vpx-tools
}

# Programs the tests run: coturn on loopback (the TURN test), docker-compose and caddy to validate the
# deployment files. Never left running as services.
ensure_test_tools() {
  ensure_debian_tools coturn docker-compose caddy
}

# A local cluster (npm run cluster, the cluster tests): a private redis-server and HAProxy in front of
# the nodes, both started as child processes, never as services.
ensure_cluster_tools() {
  ensure_debian_tools redis-server haproxy || return 1
  # The cluster tests must run, not skip, once the tools are here.
  REQUIRE_CLUSTER_TESTS=1
  export REQUIRE_CLUSTER_TESTS
}
