#!/usr/bin/env bash
# Shared by scripts/run and scripts/test: install what is missing, then configure and build.
# Works on a fresh Debian 12 machine as root (or with sudo available).
set -euo pipefail

KOLOKASI_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
KOLOKASI_BUILD=${KOLOKASI_BUILD:-$KOLOKASI_ROOT/build}

# Every Debian package the build, the app, the tests and the screenshots need.
KOLOKASI_PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config
  qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins
  libqt6sql6-sqlite libqt6sql6-psql libgl-dev
  xvfb xauth imagemagick poppler-utils fonts-dejavu-core fonts-liberation2
  postgresql dpkg-dev fakeroot file
  sqlite3 time
  libxlsxwriter-dev libminizip-dev
  libsqlite3-dev postgresql-client
  qt6-svg-dev qtkeychain-qt6-dev
)

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_missing_packages() {
  local missing=()
  for pkg in "${KOLOKASI_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "== installing: ${missing[*]}"
    as_root apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
  fi
}

configure_and_build() {
  echo "== configuring and building in $KOLOKASI_BUILD"
  cmake -S "$KOLOKASI_ROOT" -B "$KOLOKASI_BUILD" -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKOLOKASI_WERROR=ON "$@"
  cmake --build "$KOLOKASI_BUILD" --parallel "$(nproc)"
}
