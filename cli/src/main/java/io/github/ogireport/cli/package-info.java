/**
 * The checker a reviewer runs on folders of published reports: {@link io.github.ogireport.cli.Check}
 * reads each file with the documents module, validates it with core, and prints one verdict per
 * report (text, JSON lines, CSV cells or a review site), then the series verdicts of each agency.
 */
package io.github.ogireport.cli;
