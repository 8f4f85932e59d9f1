#!/usr/bin/env bash
# Makes sure the browser the tests drive is here: Debian's Chromium at /usr/bin/chromium (or
# $CHROMIUM_PATH). Installs it with apt-get when run as root (or with sudo); otherwise says exactly
# what to run. Playwright never downloads a browser of its own.
set -euo pipefail

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then exit 0; fi

echo "Chromium ontbreekt op $CHROMIUM: installeren met apt-get." >&2
if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO="sudo"; else
  echo "Geen root-rechten. Voer als root uit: apt-get update && apt-get install -y chromium" >&2
  exit 1
fi
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
"$CHROMIUM" --version
