#!/usr/bin/env bash
# Two builds of core compared in one JVM, block by block (BENCHMARKS.md, "The eighth round"):
# readText of FILE with OLD_TREE's core/target/classes and NEW_TREE's, taking turns.
# Usage: scripts/ab.sh OLD_TREE NEW_TREE FILE [BLOCKS [CALLS]]   (default 60 blocks of 100 calls)
# Each tree must be built (./mvnw -q -pl core compile).
exec "$(dirname "$0")/benchmarks-main.sh" AlternatingBlocks "$@"
