package io.github.ogireport.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, applied to a whole package through its {@code
 * package-info.java}. Generated {@code Immutable*} classes are package-private and their builders'
 * {@code build()} returns the abstract value type, so no generated name appears in the public API;
 * collections are the JDK's immutable ones; nulls are rejected everywhere. One value type states
 * the same style itself with one difference: {@code PrintedReport} keeps the map of cells it is
 * given (its own builder copies; a reader's cells stay in their array), so that reading a report
 * does not copy its cells once more.
 *
 * <p>This annotation is for the library's own packages; it has no effect at run time.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = true),
    depluralize = true)
public @interface ValueStyle {}
