/**
 * JMH benchmarks of ogi-report: each operation on the 淮安市 2024 report next to a baseline that
 * touches the same data in the simplest way, so results are read as ratios to the baseline of the
 * same run, not as absolute times. Run them with {@code scripts/bench.sh}. Beside them: {@link
 * io.github.ogireport.benchmarks.LibraryLoop} (the checker's floor, {@code scripts/library-loop.sh}),
 * {@link io.github.ogireport.benchmarks.Phases} (the machine's slow spells, {@code
 * scripts/phases.sh}) and {@link io.github.ogireport.benchmarks.AlternatingBlocks} (two builds in
 * one JVM, {@code scripts/ab.sh}).
 */
package io.github.ogireport.benchmarks;
