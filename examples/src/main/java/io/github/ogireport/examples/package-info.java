/**
 * Runnable examples on the public API only: {@link io.github.ogireport.examples.QuickStart} (run it
 * first), the seed report rebuilt in the DSL ({@link io.github.ogireport.examples.SeedReport}) and a
 * 2021-edition report with real applications ({@link io.github.ogireport.examples.HuaianReport}).
 */
package io.github.ogireport.examples;
