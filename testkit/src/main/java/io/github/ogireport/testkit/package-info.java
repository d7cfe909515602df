/**
 * A test kit for code that uses ogi-report: jqwik generators of reports of every declared edition
 * ({@link io.github.ogireport.testkit.Reports}), the real published reports the library is tested
 * on ({@link io.github.ogireport.testkit.Samples}) with their expected numbers ({@link
 * io.github.ogireport.testkit.Expected}), JSON fixtures ({@link
 * io.github.ogireport.testkit.Fixtures}), an HTML table grid ({@link
 * io.github.ogireport.testkit.HtmlGrid}) and what a rendering read back must be ({@link
 * io.github.ogireport.testkit.ReadBack}).
 *
 * <p>Add the artifact {@code io.github.ogireport:ogi-report-testkit} in test scope; see the
 * README's section "Property-testing your own code".
 */
package io.github.ogireport.testkit;
