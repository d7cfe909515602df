/**
 * JMH benchmarks of ogi-report: each operation on the 淮安市 2024 report next to a baseline that
 * touches the same data in the simplest way, so results are read as ratios to the baseline of the
 * same run, not as absolute times. Run them with {@code scripts/bench.sh}.
 */
package io.github.ogireport.benchmarks;
