#!/usr/bin/env bash
# Makes sure the browser tests have a Chromium to drive. Playwright cannot download its own
# browser here, so the tests use Debian's package. Does nothing when one is already installed.
set -euo pipefail

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium" ]; then
  echo "chromium: $("$chromium" --version 2>/dev/null || echo "$chromium")"
  exit 0
fi

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "Chromium is missing at $chromium. Install Debian's package (apt-get install chromium)," >&2
  echo "or set CHROMIUM_PATH to a Chromium or Chrome binary, then run the tests again." >&2
  exit 1
fi

echo "chromium: not found; installing Debian's chromium package"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# fonts-liberation and fonts-dejavu-core give headless pages real glyphs to measure and draw.
apt-get install -y -qq chromium fonts-liberation fonts-dejavu-core >/dev/null
echo "chromium: $("$chromium" --version)"
