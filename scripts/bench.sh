#!/usr/bin/env bash
# Runs the JMH benchmarks (reading, validating, rendering, JSON of the 淮安市 2024 report) with
# their baseline. Read the scores as ratios to baselineScanText of the same run.
# Usage: scripts/bench.sh [JMH arguments, e.g. "-f 1 -wi 2 -i 3"]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -pl benchmarks -am package -DskipTests
./mvnw -q -B -pl benchmarks exec:exec -Dbench.args="${*:--f 1}"
