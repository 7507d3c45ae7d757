package nl.tztcheck.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.tztcheck.i18n.Messages;

/**
 * A directory option ({@code --out}, {@code --data-dir}) checked before any work: it is, or can be
 * made, a directory, and a file can be created in it. Writability is tried, not read from the
 * permission bits: root ignores those, a read-only mount or a full quota does not show in them.
 */
final class WritableDirectory {

    private WritableDirectory() {}

    /**
     * Creates {@code dir} if needed and proves a file can be written there; a {@link UserMistake}
     * naming the option otherwise.
     */
    static Path require(Path dir, String option, Messages texts) {
        Path abs = dir.toAbsolutePath().normalize();
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new UserMistake(texts.get("check.dirIsFile", "option", option, "dir", abs));
        }
        for (Path up = abs.getParent(); up != null; up = up.getParent()) {
            if (Files.exists(up)) {
                if (!Files.isDirectory(up)) {
                    throw new UserMistake(
                            texts.get(
                                    "check.dirUnderFile",
                                    "option",
                                    option,
                                    "dir",
                                    abs,
                                    "file",
                                    up));
                }
                break;
            }
        }
        try {
            Files.createDirectories(abs);
            Path probe = Files.createTempFile(abs, ".tzt-write-test", ".tmp");
            Files.delete(probe);
        } catch (IOException e) {
            throw new UserMistake(
                    texts.get(
                            "check.dirNotWritable",
                            "option",
                            option,
                            "dir",
                            abs,
                            "reason",
                            reason(e)));
        }
        return abs;
    }

    /**
     * The operating system's reason without the path repeated ("Permission denied", "Read-only file
     * system").
     */
    static String reason(IOException e) {
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        if (e instanceof AccessDeniedException) {
            return "Permission denied";
        }
        String simple = e.getClass().getSimpleName();
        return e.getMessage() == null
                ? simple
                : simple.replace("Exception", "") + ": " + e.getMessage();
    }
}
