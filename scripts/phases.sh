#!/usr/bin/env bash
# Whether the machine moves a run's median (BENCHMARKS.md, "The machine"): readText of FILE and two
# fixed pieces of work with no library code, one touching memory, one in registers, block by block.
# Usage: scripts/phases.sh FILE [BLOCKS [CALLS]]   (default 40 blocks of 500 calls)
exec "$(dirname "$0")/benchmarks-main.sh" Phases "$@"
