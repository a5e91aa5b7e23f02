package org.fazhi.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The house style of every Immutables value type in fazhi, applied once per package in
 * {@code package-info.java}.
 *
 * <p>Generated {@code Immutable*} classes are package-private and hidden behind the abstract type,
 * so the public API consists of the abstract types and their static factories and builders only.
 * Copy methods ({@code with*}) are not generated: a changed record is built anew, through the
 * same validation. Generated classes are constructed with {@code new}, which leaves the name
 * {@code of} to the public factories of the abstract types.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    strictBuilder = true,
    of = "new",
    // No auto-discovered annotations (such as @org.immutables.value.Generated) on generated
    // classes: embedders compile against fazhi without Immutables, and a missing annotation
    // class is a warning that fails their -Werror builds.
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = false))
public @interface FazhiStyle {}
