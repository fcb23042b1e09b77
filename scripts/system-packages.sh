#!/usr/bin/env bash
# Install the Debian packages Tekstur needs beyond Python: PostgreSQL's server binaries for the
# test-suite, and the shared libraries Qt loads (offscreen for tests, xcb for a real window).
# Only what is missing is installed; on a machine that has everything this does nothing.
set -euo pipefail

missing=()
have_initdb() {
  command -v initdb >/dev/null 2>&1 || compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null
}
have_initdb || missing+=(postgresql)

# library file -> Debian package (ldconfig's list is read once: grep -q in a pipe could
# cut ldconfig off and, under pipefail, count a library that is there as missing)
known=$(ldconfig -p)
while read -r lib pkg; do
  grep -qF "$lib" <<<"$known" || missing+=("$pkg")
done <<'LIBS'
libEGL.so.1 libegl1
libGL.so.1 libgl1
libxkbcommon.so.0 libxkbcommon0
libfontconfig.so.1 libfontconfig1
libdbus-1.so.3 libdbus-1-3
libglib-2.0.so.0 libglib2.0-0
libxcb-cursor.so.0 libxcb-cursor0
libxkbcommon-x11.so.0 libxkbcommon-x11-0
libxcb-icccm.so.4 libxcb-icccm4
libxcb-keysyms.so.1 libxcb-keysyms1
libxcb-image.so.0 libxcb-image0
libxcb-render-util.so.0 libxcb-render-util0
libxcb-shape.so.0 libxcb-shape0
libX11-xcb.so.1 libx11-xcb1
LIBS
fonts=$(fc-list 2>/dev/null || true)
grep -qi dejavu <<<"$fonts" || missing+=(fonts-dejavu-core)

[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing system packages: ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO=sudo; else
    echo "Please install as root: apt-get install ${missing[*]}" >&2; exit 1
  fi
else
  SUDO=""
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
