/**
 * Nullness: nothing in this package is null unless marked {@code @Nullable} (NullAway checks it at
 * compile time).
 */
@NullMarked
package nl.tztcheck.rules;

import org.jspecify.annotations.NullMarked;
