/**
 * Roll-ups: the exact sum of many reports of one edition, cell by cell, as a {@link
 * java.util.stream.Collector}.
 *
 * <p>{@link io.github.ogireport.rollup.RollUp#summing} and {@link
 * io.github.ogireport.rollup.RollUp#summingPrinted} sum reports built in code and reports as
 * printed. Each cell's {@link io.github.ogireport.rollup.CellSum} says how many parts printed a
 * number there, how many were blank and how many unreadable; a sum that cannot be known exactly is
 * said to be unknown, never guessed. Reports of another edition are refused unless an explicit
 * {@link io.github.ogireport.rollup.EditionMapping} says how their cells land. {@link
 * io.github.ogireport.rollup.RollUp#compare} compares a printed regional report with the sum of its
 * parts, a warning per differing cell.
 */
package io.github.ogireport.rollup;
