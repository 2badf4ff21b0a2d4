# Sourced by the setup scripts. Installs the named Debian packages that are not installed yet.
# Usage: ensure_debian_packages pkg1 pkg2 ...
ensure_debian_packages() {
  missing=""
  for pkg in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
      missing="$missing $pkg"
    fi
  done
  [ -z "$missing" ] && return 0
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "peercircle: missing system packages:$missing (no apt-get here; install them by hand)" >&2
    return 1
  fi
  sudo_cmd=""
  if [ "$(id -u)" != "0" ]; then
    if command -v sudo >/dev/null 2>&1; then sudo_cmd="sudo"; else
      echo "peercircle: need root to install:$missing" >&2; return 1
    fi
  fi
  echo "peercircle: installing Debian packages:$missing" >&2
  if [ ! -d /var/lib/apt/lists ] || [ -z "$(ls -A /var/lib/apt/lists 2>/dev/null | grep -v -e lock -e partial)" ] || [ -n "${PEERCIRCLE_APT_UPDATE:-}" ]; then
    $sudo_cmd apt-get update -qq
  fi
  # shellcheck disable=SC2086
  if ! DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends $missing >/dev/null; then
    $sudo_cmd apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends $missing >/dev/null
  fi
}

# Like ensure_debian_packages, for packages used here only for their programs (coturn, caddy): on a
# machine run by systemd, their installation would also start a service (coturn: a TURN relay on
# 3478 with the default configuration; caddy: a web server on 80), so the ones installed now are
# stopped and disabled again. Usage: ensure_debian_tools pkg1 pkg2 ...
ensure_debian_tools() {
  newly=""
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || newly="$newly $pkg"
  done
  ensure_debian_packages "$@" || return 1
  [ -n "$newly" ] && [ -d /run/systemd/system ] || return 0
  sudo_cmd=""
  [ "$(id -u)" = "0" ] || sudo_cmd="sudo"
  for pkg in $newly; do
    $sudo_cmd systemctl disable --now "$pkg.service" >/dev/null 2>&1 || true
  done
}
