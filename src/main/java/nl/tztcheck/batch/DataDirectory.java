package nl.tztcheck.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Keeps the data directory ({@code tzt.data-dir}: the H2 database, the pseudonym key, the run
 * locks) to its owner: the directory {@code rwx------}, everything in it {@code rw-------}
 * (subdirectories {@code rwx------}). Done twice at start: before any bean is made (so the
 * directory is closed before H2 creates its files in it, and files of earlier runs are tightened),
 * and once the database is open (the files H2 created just now, with the process's umask, inside
 * the already closed directory). On a file system without POSIX permissions it does nothing.
 */
@Component
public class DataDirectory
        implements BeanFactoryPostProcessor, EnvironmentAware, SmartInitializingSingleton {

    static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Logger LOG = LoggerFactory.getLogger(DataDirectory.class);

    private Path dir;

    @Override
    public void setEnvironment(Environment environment) {
        dir =
                Path.of(environment.getProperty("tzt.data-dir", "./data"))
                        .toAbsolutePath()
                        .normalize();
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        ownerOnly(dir);
    }

    @Override
    public void afterSingletonsInstantiated() {
        ownerOnly(dir);
    }

    private static void set(Path p, Set<PosixFilePermission> permissions) {
        try {
            if (!Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS).equals(permissions)) {
                Files.setPosixFilePermissions(p, permissions);
            }
        } catch (java.nio.file.NoSuchFileException gone) {
            // a lock or temporary file removed meanwhile
        } catch (IOException e) {
            LOG.warn("event=data_dir_permissions_not_set reason={}", e.getClass().getSimpleName());
        }
    }

    /**
     * Creates the directory owner-only when absent, and makes it and everything in it owner-only;
     * false when not POSIX.
     */
    public static boolean ownerOnly(Path dir) {
        try {
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir.getParent());
                try {
                    Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(DIRECTORY));
                } catch (UnsupportedOperationException notPosix) {
                    Files.createDirectories(dir);
                    return false;
                } catch (FileAlreadyExistsException raced) {
                    // another run made it: tightened below
                }
            }
            if (Files.getFileAttributeView(dir, PosixFileAttributeView.class) == null) {
                return false;
            }
            Files.walkFileTree(
                    dir,
                    new java.nio.file.SimpleFileVisitor<>() {
                        @Override
                        public java.nio.file.FileVisitResult preVisitDirectory(
                                Path d, java.nio.file.attribute.BasicFileAttributes attrs) {
                            set(d, DIRECTORY);
                            return java.nio.file.FileVisitResult.CONTINUE;
                        }

                        @Override
                        public java.nio.file.FileVisitResult visitFile(
                                Path f, java.nio.file.attribute.BasicFileAttributes attrs) {
                            if (attrs.isRegularFile()) {
                                set(f, FILE);
                            }
                            return java.nio.file.FileVisitResult.CONTINUE;
                        }

                        @Override
                        public java.nio.file.FileVisitResult visitFileFailed(
                                Path f, IOException e) {
                            return java.nio.file.FileVisitResult
                                    .CONTINUE; // removed meanwhile (a lock or temporary file)
                        }
                    });
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot prepare the data directory " + dir + ": " + e.getMessage(), e);
        }
    }
}
