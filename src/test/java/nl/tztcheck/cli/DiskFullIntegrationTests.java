package nl.tztcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up during a run: exit 2 and one sentence saying to free space and run the same
 * command again (which here is right: the run continues where it stopped), no stack trace. The full
 * disk is injected (nl.tztcheck.batch.FaultInjection, tzt.fault.disk-full): the check step fails as
 * H2 does when the operating system says "No space left on device". A real full disk (a 1 MB tmpfs)
 * is a manual check, in docs/operations.md.
 */
class DiskFullIntegrationTests {

    private static final Path FIXTURES = CheckCommandIntegrationTests.FIXTURES;
    private static final Pattern STACK_TRACE_LINE = Pattern.compile("(?m)^\\s+at [a-z]+\\.");

    @TempDir Path dir;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void capture() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
        System.clearProperty("tzt.fault.fail-after-groups");
        System.clearProperty("tzt.fault.disk-full");
    }

    private int check(String... extra) {
        String[] base = {
            "check",
            "--claims",
            FIXTURES.resolve("claims.csv").toString(),
            "--profiles",
            FIXTURES.resolve("profiles").toString(),
            "--costs",
            FIXTURES.resolve("costs.yaml").toString(),
            "--out",
            dir.resolve("out").toString(),
            "--data-dir",
            dir.resolve("data").toString()
        };
        String[] args = java.util.Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return TztCheckCli.execute(args);
    }

    @Test
    void aFullDiskExitsTwoSayingToFreeSpaceAndTheSameCommandThenCompletes() {
        // given a disk that fills up in the check step (the database's writes fail with "No space
        // left on device")
        System.setProperty("tzt.fault.fail-after-groups", "1");
        System.setProperty("tzt.fault.disk-full", "true");

        // when
        int exit = check();

        // then: exit 2, one sentence naming both folders with their free space, no stack trace
        String err = stderr.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(err).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(err.strip().lines()).as(err).hasSize(1);
        assertThat(err)
                .contains(
                        "De controle is gestopt: een schijf is vol (vrije ruimte: "
                                + dir.resolve("data")
                                + ": ",
                        dir.resolve("out") + ": ",
                        "maak ruimte vrij op de volle schijf en geef dezelfde opdracht opnieuw");
        assertThat(STACK_TRACE_LINE.matcher(err + stdout.toString(StandardCharsets.UTF_8)).find())
                .as(err + stdout)
                .isFalse();

        // and once there is space, the same command completes the run (not "already checked", not
        // refused)
        System.clearProperty("tzt.fault.fail-after-groups");
        System.clearProperty("tzt.fault.disk-full");
        stdout.reset();
        assertThat(check()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(stdout.toString(StandardCharsets.UTF_8))
                .contains("Sluit aan", "ja, tot op de cent")
                .doesNotContain("Al gecontroleerd");
    }

    @Test
    void inEnglishWithLangEn() {
        // given
        System.setProperty("tzt.fault.fail-after-groups", "0");
        System.setProperty("tzt.fault.disk-full", "true");

        // when
        int exit = check("--lang", "en");

        // then
        assertThat(exit).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(stderr.toString(StandardCharsets.UTF_8))
                .contains(
                        "The check stopped: a disk was full",
                        "free space on the full disk and run the same command again");
    }
}
