#!/usr/bin/env bash
# Builds every jar twice from clean and compares them byte for byte (reproducible builds:
# project.build.outputTimestamp in the parent pom). Exit code 0 when every jar is identical.
# Usage: scripts/reproducible.sh [extra Maven arguments, e.g. -o]
set -euo pipefail
cd "$(dirname "$0")/.."
sums() { find . -path ./.git -prune -o -path '*/target/*.jar' -print | sort | xargs sha256sum; }
./mvnw -B -q clean verify -DskipTests "$@"
first=$(mktemp)
sums > "$first"
sleep 2
./mvnw -B -q clean verify -DskipTests "$@"
second=$(mktemp)
sums > "$second"
if diff "$first" "$second"; then
  echo "reproducible: $(wc -l < "$first") jars byte-identical across two builds"
else
  echo "NOT reproducible: the jars above differ" >&2
  exit 1
fi
