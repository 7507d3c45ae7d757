package nl.tztcheck.profiles.sync;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * What a sync or rollback did.
 *
 * @param changes per file, compared with the set that was in place before (empty when UNCHANGED)
 * @param fingerprint the fingerprint of the set now in place (as in summary.json)
 * @param etag the ETag the set was published with, or null
 * @param previous where the replaced set is kept ({@code <dir>.previous}), for {@code profiles
 *     rollback}
 */
public record SyncResult(
        Outcome outcome,
        ChangeSummary changes,
        String fingerprint,
        @Nullable String etag,
        @Nullable Path previous) {

    public enum Outcome {
        /** A new set was validated and put in place; the old one is in {@code previous}. */
        UPDATED,
        /**
         * The publisher answered 304 Not Modified, or sent the same files: nothing was replaced.
         */
        UNCHANGED,
        /** The previous set and the current one changed places. */
        ROLLED_BACK
    }
}
