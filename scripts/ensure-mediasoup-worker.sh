#!/bin/sh
# Makes sure a working mediasoup-worker binary exists and prints its absolute path as the
# LAST line of stdout (progress goes to stderr):
#   MEDIASOUP_WORKER_BIN=$(sh scripts/ensure-mediasoup-worker.sh | tail -1)
# Order: $MEDIASOUP_WORKER_BIN, mediasoup's own worker (postinstall ran), the cache, else
# build from node_modules/mediasoup/worker against Debian's system libraries (~3 min on
# 2 cores) into the cache. See scripts/mediasoup-worker/README.md.
set -eu

ROOT=$(CDPATH='' cd -- "$(dirname -- "$0")/.." && pwd)
PATCH_DIR="$ROOT/scripts/mediasoup-worker"

log() { echo "ensure-mediasoup-worker: $*" >&2; }
die() { log "error: $*"; exit 1; }
abspath() { echo "$(CDPATH='' cd -- "$(dirname -- "$1")" && pwd)/$(basename -- "$1")"; }

# 1. An explicitly configured worker.
if [ -n "${MEDIASOUP_WORKER_BIN:-}" ]; then
  if [ -f "$MEDIASOUP_WORKER_BIN" ] && [ -x "$MEDIASOUP_WORKER_BIN" ]; then
    abspath "$MEDIASOUP_WORKER_BIN"
    exit 0
  fi
  log "MEDIASOUP_WORKER_BIN=$MEDIASOUP_WORKER_BIN is not an executable file; ignoring it"
fi

MS_DIR=""
for d in "$ROOT/server/node_modules/mediasoup" "$ROOT/node_modules/mediasoup"; do
  if [ -f "$d/package.json" ]; then MS_DIR=$d; break; fi
done
[ -n "$MS_DIR" ] || die "mediasoup is not installed (run npm install first)"

# 2. mediasoup's own prebuilt/built worker (its postinstall ran, e.g. with internet access).
if [ -x "$MS_DIR/worker/out/Release/mediasoup-worker" ]; then
  echo "$MS_DIR/worker/out/Release/mediasoup-worker"
  exit 0
fi

# 3. The cache, keyed by mediasoup version, the patch files' content and the meson options.
MESON_OPTIONS="--buildtype=release -Dms_disable_liburing=true --wrap-mode=nofallback"
MS_VERSION=$(node -p 'require(process.argv[1]).version' "$MS_DIR/package.json")
PATCH_HASH=$({
  echo "$MESON_OPTIONS"
  for f in "$PATCH_DIR"/*; do
    case "$f" in *.md) ;; *) if [ -f "$f" ]; then cat "$f"; fi ;; esac
  done
} | sha256sum | cut -c1-12)
CACHE_DIR="${XDG_CACHE_HOME:-$HOME/.cache}/peercircle/mediasoup-worker/$MS_VERSION-$PATCH_HASH"
CACHED_BIN="$CACHE_DIR/mediasoup-worker"
if [ -x "$CACHED_BIN" ]; then
  echo "$CACHED_BIN"
  exit 0
fi

# 4. Build from source into the cache.
log "no mediasoup-worker found; building mediasoup $MS_VERSION worker from source (about 3 min on 2 cores)"
# shellcheck source=scripts/lib/debian-packages.sh
. "$ROOT/scripts/lib/debian-packages.sh"
ensure_debian_packages meson ninja-build pkg-config g++ make libuv1-dev libssl-dev libabsl-dev \
  libflatbuffers-dev flatbuffers-compiler libsrtp2-dev libusrsctp-dev >&2
for cmd in python3 meson ninja pkg-config c++ flatc; do
  command -v "$cmd" >/dev/null 2>&1 || die "'$cmd' not found"
done

TMP=$(mktemp -d "${TMPDIR:-/tmp}/peercircle-mediasoup-worker.XXXXXX")
trap 'rm -rf "$TMP" "$CACHE_DIR/.mediasoup-worker.$$"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Never modify node_modules: patch and build a copy.
cp -R "$MS_DIR/worker" "$TMP/worker"
rm -rf "$TMP/worker/out"
python3 "$PATCH_DIR/patch-worker.py" "$TMP/worker" "$PATCH_DIR/srtp2-compat.h"

log "configuring (meson)"
# shellcheck disable=SC2086
meson setup "$TMP/build" "$TMP/worker" $MESON_OPTIONS >&2
log "compiling (ninja)"
# The FlatBuffers headers must be generated before any C++ compilation starts.
ninja -C "$TMP/build" fbs/FBS >&2
ninja -C "$TMP/build" mediasoup-worker >&2

BUILT="$TMP/build/mediasoup-worker"
[ -x "$BUILT" ] || die "build finished but $BUILT is missing"
if ldd "$BUILT" | grep -q 'not found'; then
  ldd "$BUILT" >&2
  die "the built worker is missing shared libraries"
fi

mkdir -p "$CACHE_DIR"
cp "$BUILT" "$CACHE_DIR/.mediasoup-worker.$$"
chmod 755 "$CACHE_DIR/.mediasoup-worker.$$"
mv -f "$CACHE_DIR/.mediasoup-worker.$$" "$CACHED_BIN"
log "built $CACHED_BIN"
echo "$CACHED_BIN"
