#!/usr/bin/env bash
# The checker's floor (BENCHMARKS.md): the library's readText + validate over every file of DIR, on
# THREADS threads (default one per core), as a user would write the loop; prints wall and CPU time.
# Usage: scripts/library-loop.sh DIR [THREADS]
exec "$(dirname "$0")/benchmarks-main.sh" LibraryLoop "$@"
