#!/usr/bin/env bash
# Renders the seed report (方正县教育局 2020) as HTML and takes a screenshot of the page in headless
# Chromium: the picture in README.md. Needs a JDK 17 and Chromium with CJK fonts
# (Debian: apt-get install chromium fonts-wqy-zenhei).
# Usage: scripts/screenshot.sh [OUT.png]      (default: docs/seed-report.png)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/seed-report.png}
./mvnw -q -B -pl examples -am package -DskipTests exec:java \
  -Dexec.mainClass=io.github.ogireport.examples.RenderSeed -Dexec.args="$PWD/target/seed-report"
scripts/chromium-screenshot.sh target/seed-report.html "$out"
echo "$out"
