package nl.tztcheck.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import nl.tztcheck.reports.NoSpaceException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

class NoSpaceLeftTests {

    @Test
    void foundDeepInTheCausesOfADatabaseError() {
        // given H2's way: a JDBC exception whose cause's cause is the operating system's
        // IOException
        Exception h2 =
                new IllegalStateException(
                        "could not commit",
                        new SQLException(
                                "IO Exception: \"Writing to nio:/d/tzt-check.mv.db failed\"",
                                new IOException("No space left on device")));

        // then: found, but no file named
        assertThat(NoSpaceLeft.in(h2)).contains(new NoSpaceLeft(null, -1, false));
    }

    @Test
    void aReportWriterNamesTheFileAndTheBytesWritten() {
        // given the report step's failure, among others, as a suppressed exception of another
        Exception other = new IllegalStateException("chunk failed");
        other.addSuppressed(
                new UncheckedIOException(
                        new NoSpaceException(Path.of("/out/findings.csv"), 8_388_608, null)));

        // then
        assertThat(NoSpaceLeft.in(List.of(new RuntimeException("first"), other)))
                .contains(new NoSpaceLeft(Path.of("/out/findings.csv"), 8_388_608, false));
    }

    @Test
    void aPostgresqlServerThatIsFullIsTheServersDisk() {
        // given PostgreSQL's error for a full data directory
        Exception pg =
                new RuntimeException(
                        new PSQLException(
                                "ERROR: could not extend file \"base/16384/16390\": No space left on device",
                                PSQLState.UNKNOWN_STATE));

        // then
        assertThat(NoSpaceLeft.in(pg)).contains(new NoSpaceLeft(null, -1, true));
    }

    @Test
    void otherFailuresAreNot() {
        // given failures with causes, none for want of space, one with a cycle
        Exception a = new IllegalStateException("injected failure");
        Exception b = new RuntimeException("outer", new IOException("Connection reset"));
        Exception cyclic = new RuntimeException("x");
        Exception back = new RuntimeException("y", cyclic);
        cyclic.initCause(back);

        // then
        assertThat(NoSpaceLeft.in(List.of(a, b, cyclic))).isEmpty();
    }
}
