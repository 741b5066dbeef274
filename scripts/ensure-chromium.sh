#!/usr/bin/env bash
# Makes sure the browser tests have a Chromium to drive. Playwright cannot download its own
# browser here, so the tests use Debian's packages: chromium-headless-shell for the tests (the
# same page engine, faster to drive) and chromium, the full browser, for the measurements.
# Installs what is missing when it can (root, apt); does nothing when both are there.
set -euo pipefail

browser="/usr/bin/chromium"
shell="/usr/bin/chromium-headless-shell"

if [ -n "${CHROMIUM_PATH:-}" ]; then
  if [ -x "$CHROMIUM_PATH" ]; then
    echo "chromium: $("$CHROMIUM_PATH" --version 2>/dev/null || echo "$CHROMIUM_PATH") (CHROMIUM_PATH)"
    exit 0
  fi
  echo "CHROMIUM_PATH is set to $CHROMIUM_PATH, which is not an executable." >&2
  exit 1
fi

missing=()
[ -x "$browser" ] || missing+=(chromium)
[ -x "$shell" ] || missing+=(chromium-headless-shell)

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "chromium: installing Debian's ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # fonts-liberation and fonts-dejavu-core give headless pages real glyphs to measure and draw.
    apt-get install -y -qq "${missing[@]}" fonts-liberation fonts-dejavu-core >/dev/null
  elif [ -x "$browser" ] || [ -x "$shell" ]; then
    echo "chromium: ${missing[*]} missing and cannot be installed here (not root or no apt-get);" \
      "the tests use what is installed" >&2
  else
    echo "Chromium is missing. Install Debian's packages (apt-get install chromium" >&2
    echo "chromium-headless-shell), or set CHROMIUM_PATH to a Chromium or Chrome binary, then run" >&2
    echo "the tests again." >&2
    exit 1
  fi
fi

for binary in "$shell" "$browser"; do
  [ -x "$binary" ] && echo "chromium: $binary, $("$binary" --version 2>/dev/null || echo 'version unknown')"
done
exit 0
