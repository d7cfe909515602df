#!/usr/bin/env bash
# Runs the JMH benchmarks of the benchmarks module (each operation next to its floor; see
# BENCHMARKS.md) on the code of this working tree, and prints the table of ratios.
# Usage: scripts/bench.sh [JMH arguments]   (default: -f 2 -prof gc)
# The JSON result goes to benchmarks/target/jmh.json.
set -euo pipefail
cd "$(dirname "$0")/.."
# One reactor build, so that the benchmarks run on this tree's core, not on a core installed in
# ~/.m2 by an earlier build.
./mvnw -q -B -pl benchmarks -am -DskipTests package exec:exec \
  -Dbench.args="${*:--f 2 -prof gc} -rf json -rff target/jmh.json"
python3 scripts/bench-table.py benchmarks/target/jmh.json
