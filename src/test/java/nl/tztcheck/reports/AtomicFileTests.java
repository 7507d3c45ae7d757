package nl.tztcheck.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTests {

    @TempDir Path dir;

    @Test
    void aFullDiskWhileWritingNamesTheFileAndHowMuchWasWrittenAndLeavesNothing() {
        // given a writer that gets 70,000 characters out, then the operating system's "No space
        // left on device"
        Path target = dir.resolve("findings.csv");

        // when / then
        assertThatThrownBy(
                        () ->
                                AtomicFile.write(
                                        target,
                                        false,
                                        w -> {
                                            w.write("x".repeat(70_000));
                                            w.flush();
                                            throw new IOException("No space left on device");
                                        }))
                .isInstanceOfSatisfying(
                        NoSpaceException.class,
                        e -> {
                            assertThat(e.getFile()).isEqualTo(target.toString());
                            assertThat(e.written()).isEqualTo(70_000);
                            assertThat(e.getMessage()).contains("No space left on device");
                        });
        assertThat(files()).isEmpty();
    }

    @Test
    void otherFailuresPassUnchanged() {
        // when / then
        assertThatThrownBy(
                        () ->
                                AtomicFile.write(
                                        dir.resolve("a.csv"),
                                        false,
                                        w -> {
                                            throw new IOException("Input/output error");
                                        }))
                .isExactlyInstanceOf(IOException.class)
                .hasMessage("Input/output error");
    }

    @Test
    void thePartFileNamesItsWriter() throws IOException {
        // when a body looks at the folder while it writes
        List<String> seen = new java.util.ArrayList<>();
        AtomicFile.write(dir.resolve("lines.csv"), false, w -> seen.addAll(files()));

        // then the part file was hidden and carried this process's id
        assertThat(seen)
                .singleElement()
                .asString()
                .startsWith(".lines.csv.tzt-" + ProcessHandle.current().pid() + "-")
                .endsWith(".part");
        assertThat(files()).containsExactly("lines.csv");
    }

    @Test
    void leftoversOfGoneWritersAreRemovedAndNothingElse() throws IOException {
        // given the part file of a process that is gone, the name of this host as this JVM writes
        // it
        String host =
                partName("x")
                        .replaceFirst("^\\.x\\.tzt-\\d+-", "")
                        .replaceFirst("\\.\\d+\\.part$", "");
        long gone = deadPid();
        create(".findings.csv.tzt-" + gone + "-" + host + ".123456789.part", Duration.ZERO);
        // one of a live writer (this process), recently written
        create(
                ".lines.csv.tzt-" + ProcessHandle.current().pid() + "-" + host + ".42.part",
                Duration.ZERO);
        // one of another host: not askable, kept for a day after its last write
        create(".rejects.csv.tzt-" + gone + "-otherhost.7.part", Duration.ofHours(1));
        create(".report.html.tzt-" + gone + "-otherhost.8.part", Duration.ofHours(25));
        // an older version's (no writer in the name): likewise
        create(".findings.csv998877.part", Duration.ofHours(1));
        create(".findings.xlsx112233.part", Duration.ofHours(25));
        // not tzt-check's at all, however old
        create(".notes.txt123.part", Duration.ofDays(30));
        create("findings.csv.tzt-1-x.1.part", Duration.ofDays(30));
        create("findings.csv", Duration.ofDays(30));

        // when
        int removed = AtomicFile.removeLeftovers(dir);

        // then
        assertThat(removed).isEqualTo(3);
        assertThat(files())
                .containsExactlyInAnyOrder(
                        ".lines.csv.tzt-" + ProcessHandle.current().pid() + "-" + host + ".42.part",
                        ".rejects.csv.tzt-" + gone + "-otherhost.7.part",
                        ".findings.csv998877.part",
                        ".notes.txt123.part",
                        "findings.csv.tzt-1-x.1.part",
                        "findings.csv");
    }

    @Test
    void aFolderThatDoesNotExistHasNoLeftovers() throws IOException {
        assertThat(AtomicFile.removeLeftovers(dir.resolve("nope"))).isZero();
    }

    /** The name AtomicFile gives the part file of {@code name}, seen from inside the body. */
    private String partName(String name) throws IOException {
        String[] seen = new String[1];
        AtomicFile.write(
                dir.resolve(name),
                false,
                w ->
                        seen[0] =
                                files().stream()
                                        .filter(f -> f.endsWith(".part"))
                                        .findFirst()
                                        .orElseThrow());
        Files.delete(dir.resolve(name));
        return seen[0];
    }

    private static long deadPid() {
        long pid = 4_000_000;
        while (ProcessHandle.of(pid).isPresent()) {
            pid++;
        }
        return pid;
    }

    private void create(String name, Duration age) throws IOException {
        Path file = Files.writeString(dir.resolve(name), "partial");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(age)));
    }

    private List<String> files() {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
