#!/usr/bin/env bash
# Takes a screenshot of one HTML file in headless Chromium.
# Usage: [WINDOW=WIDTH,HEIGHT] scripts/chromium-screenshot.sh PAGE.html OUT.png   (default 900,2600)
# Exits 2 when no Chromium is installed (Debian: apt-get install chromium fonts-wqy-zenhei).
set -euo pipefail
page=$1
out=$2
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then
  echo "chromium-screenshot.sh: no Chromium on this machine; install it (Debian: apt-get install chromium fonts-wqy-zenhei)" >&2
  exit 2
fi
mkdir -p "$(dirname "$out")"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --hide-scrollbars --window-size=${WINDOW:-900,2600} \
  --screenshot="$out" "file://$(cd "$(dirname "$page")" && pwd)/$(basename "$page")" >/dev/null 2>&1
test -s "$out"
