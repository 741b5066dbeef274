#!/usr/bin/env bash
# Makes sure the browser tests have a Chromium to drive. Playwright cannot download its own
# browser here, so the tests use Debian's chromium-headless-shell (the same page engine as the
# chromium package, faster to drive). Installs it when it is missing and it can (root, apt-get);
# without it, the tests fall back on an installed full chromium.
set -euo pipefail

shell="/usr/bin/chromium-headless-shell"
browser="/usr/bin/chromium"

if [ -n "${CHROMIUM_PATH:-}" ]; then
  if [ -x "$CHROMIUM_PATH" ]; then
    echo "chromium: $("$CHROMIUM_PATH" --version 2>/dev/null || echo "$CHROMIUM_PATH") (CHROMIUM_PATH)"
    exit 0
  fi
  echo "CHROMIUM_PATH is set to $CHROMIUM_PATH, which is not an executable." >&2
  exit 1
fi

if [ ! -x "$shell" ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "chromium: installing Debian's chromium-headless-shell"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # fonts-liberation and fonts-dejavu-core give headless pages real glyphs to measure and draw.
    fonts=(fonts-liberation fonts-dejavu-core)
    if ! apt-get install -y -qq chromium-headless-shell "${fonts[@]}" >/dev/null; then
      # A release without the shell's package: the full browser runs the same tests, slower.
      echo "chromium: no chromium-headless-shell package here; installing chromium" >&2
      [ -x "$browser" ] || apt-get install -y -qq chromium "${fonts[@]}" >/dev/null
      echo "chromium: $("$browser" --version 2>/dev/null || echo "$browser")"
      exit 0
    fi
  elif [ -x "$browser" ]; then
    echo "chromium: no headless shell, and it cannot be installed here (not root or no apt-get);" \
      "the tests drive $browser" >&2
    echo "chromium: $("$browser" --version 2>/dev/null || echo "$browser")"
    exit 0
  else
    echo "Chromium is missing. Install Debian's chromium-headless-shell (or chromium), or set" >&2
    echo "CHROMIUM_PATH to a Chromium or Chrome binary, then run the tests again." >&2
    exit 1
  fi
fi
echo "chromium: $("$shell" --version 2>/dev/null || echo "$shell")"
