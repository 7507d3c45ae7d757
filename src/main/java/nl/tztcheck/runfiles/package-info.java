/**
 * Run files: a check's staged lines and results on disk in the data directory, sorted by an
 * external merge sort into the order of the outputs (insurer, month, client), so the check streams
 * client-months without a database round trip and memory stays bounded whatever the export's order.
 * Pure Java; the batch job ({@code nl.tztcheck.batch.files}) decides when files are written and
 * removed.
 *
 * <p>Nullness: nothing in this package is null unless marked {@code @Nullable} (NullAway checks it
 * at compile time).
 */
@NullMarked
package nl.tztcheck.runfiles;

import org.jspecify.annotations.NullMarked;
