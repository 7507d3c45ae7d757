package nl.tztcheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.tztcheck.batch.NoSpaceLeft;
import nl.tztcheck.i18n.Messages;

/**
 * A run that stopped because a disk was full is not an internal failure but the user's to fix (free
 * space), after which the same command does continue where it stopped: said in one sentence naming
 * the file, or else the directories the run writes to, with the space left there.
 */
final class DiskFull {

    private DiskFull() {}

    /**
     * The sentence for a full disk among {@code failures}, or empty when none was for want of
     * space.
     *
     * @param dirs where the run writes (data directory, output directory): named when the failure
     *     does not say which file
     */
    static Optional<String> describe(
            List<? extends Throwable> failures, Messages texts, Path... dirs) {
        return NoSpaceLeft.in(failures)
                .map(
                        full -> {
                            if (full.file() != null) {
                                Path dir = full.file().toAbsolutePath().getParent();
                                String key =
                                        full.written() >= 0
                                                ? "check.diskFullAfter"
                                                : "check.diskFull";
                                return texts.get(
                                        key,
                                        "file",
                                        full.file(),
                                        "dir",
                                        dir,
                                        "free",
                                        free(dir),
                                        "written",
                                        size(full.written()));
                            }
                            if (full.databaseServer()) {
                                return texts.get("check.diskFullDatabaseServer");
                            }
                            StringBuilder where = new StringBuilder();
                            for (Path dir : dirs) {
                                where.append(where.length() > 0 ? ", " : "")
                                        .append(dir)
                                        .append(": ")
                                        .append(free(dir));
                            }
                            return texts.get("check.diskFullSomewhere", "dirs", where);
                        });
    }

    /** The space left where {@code dir} is (or its nearest existing parent): "0 KB", "512 MB". */
    static String free(Path dir) {
        Path existing = dir.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        try {
            return existing == null ? "?" : size(Files.getFileStore(existing).getUsableSpace());
        } catch (IOException e) {
            return "?";
        }
    }

    /** "0 KB", "640 KB", "512 MB": enough to compare with what a run needs. */
    static String size(long bytes) {
        return bytes < (1 << 20)
                ? String.format(Locale.ROOT, "%d KB", bytes >> 10)
                : String.format(Locale.ROOT, "%d MB", bytes >> 20);
    }
}
