package nl.tztcheck.profiles.sync;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Replaces a directory by a sibling with renames only (atomic each, same file system), keeping the
 * replaced one as {@code <dir>.previous}. Between the two renames {@code <dir>} is briefly absent;
 * if the process dies there, {@code <dir>.previous} still holds the old set and {@code profiles
 * rollback} brings it back.
 */
final class DirectorySwap {

    private DirectorySwap() {}

    static Path previousOf(Path dir) {
        return dir.resolveSibling(dir.getFileName() + ".previous");
    }

    /**
     * A new empty directory next to {@code dir}, on the same file system, hidden by its leading
     * dot.
     */
    static Path tempSibling(Path dir, String purpose) throws IOException {
        Files.createDirectories(dir.getParent());
        return Files.createTempDirectory(
                dir.getParent(), "." + dir.getFileName() + "." + purpose + "-");
    }

    /**
     * {@code fresh} becomes {@code dir}; the old {@code dir} becomes {@code dir.previous} (the
     * older one is deleted).
     */
    static void install(Path fresh, Path dir) throws IOException {
        Path previous = previousOf(dir);
        Path trash = null;
        if (Files.exists(dir)) {
            if (Files.exists(previous)) {
                trash = tempSibling(dir, "trash");
                Files.delete(trash);
                move(previous, trash);
            }
            move(dir, previous);
        }
        try {
            move(fresh, dir);
        } catch (IOException e) {
            if (!Files.exists(dir) && Files.exists(previous)) {
                move(previous, dir);
            }
            if (trash != null) {
                move(trash, previous);
            }
            throw e;
        }
        if (trash != null) {
            deleteRecursively(trash);
        }
    }

    /**
     * {@code dir} and {@code dir.previous} change places (so a second rollback undoes the first).
     */
    static void swapWithPrevious(Path dir) throws IOException {
        Path previous = previousOf(dir);
        if (!Files.exists(dir)) {
            move(previous, dir);
            return;
        }
        Path parked = tempSibling(dir, "rollback");
        Files.delete(parked);
        move(dir, parked);
        try {
            move(previous, dir);
        } catch (IOException e) {
            move(parked, dir);
            throw e;
        }
        move(parked, previous);
    }

    private static void move(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    }

    static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(
                root,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                            throws IOException {
                        Files.delete(file);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path d, IOException exc)
                            throws IOException {
                        Files.delete(d);
                        return FileVisitResult.CONTINUE;
                    }
                });
    }
}
