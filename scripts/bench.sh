#!/usr/bin/env bash
# Runs the JMH benchmarks of the benchmarks module (each operation next to its floor; see
# BENCHMARKS.md) on the code of this working tree, and prints the table of ratios.
# Usage: scripts/bench.sh [JMH arguments]   (default: -f 2 -prof gc)
# The JSON result goes to benchmarks/target/jmh.json.
set -euo pipefail
cd "$(dirname "$0")/.."
# One reactor build and the class path it resolves, so that the benchmarks run on this tree's
# modules, never on ones installed in ~/.m2 by an earlier build.
./mvnw -q -B -pl benchmarks -am -DskipTests package \
  dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -DincludeScope=runtime
java -cp "benchmarks/target/classes:$(cat benchmarks/target/bench.classpath)" org.openjdk.jmh.Main \
  ${*:--f 2 -prof gc} -rf json -rff benchmarks/target/jmh.json
python3 scripts/bench-table.py benchmarks/target/jmh.json
