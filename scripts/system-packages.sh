#!/usr/bin/env bash
# Debian packages the tests use: Qt's offscreen platform libraries, LibreOffice to open the
# reports as a reader would, poppler to read the PDFs, R's survival package for reference
# values, and a PostgreSQL server (started for the tests by pg-test-server.sh). Installs
# what is missing when run as root with apt; otherwise says what to install and carries on.
# With --runtime: only what the window needs on a desktop (Qt's X11 libraries), for `make run`.
set -u
RUNTIME="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 fonts-dejavu-core
 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1"
if [ "${1:-}" = "--runtime" ]; then
  PACKAGES="$RUNTIME"
else
  PACKAGES="$RUNTIME xvfb poppler-utils libreoffice-writer-nogui libreoffice-calc-nogui
 r-base-core r-cran-survival postgresql"
fi
missing=""
for p in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian packages:$missing"
  export DEBIAN_FRONTEND=noninteractive
  # A failed install stops here: the tests would otherwise fail later, less clearly.
  apt-get update -qq || { echo "apt-get update failed" >&2; exit 1; }
  apt-get install -y -qq --no-install-recommends $missing >/dev/null ||
    { echo "apt-get install failed:$missing" >&2; exit 1; }
else
  echo "Note: some tests need Debian packages not installed here:$missing (sudo apt-get install$missing)"
fi
exit 0
