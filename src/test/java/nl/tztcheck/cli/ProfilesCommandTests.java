package nl.tztcheck.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.tztcheck.profiles.sync.ProfileBundle;
import nl.tztcheck.profiles.sync.SyncFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code profiles sync|rollback|bundle} as the command line runs them, against a WireMock
 * publisher. No Spring.
 */
class ProfilesCommandTests {

    @RegisterExtension
    static WireMockExtension wm =
            WireMockExtension.newInstance()
                    .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
                    .build();

    static final String PATH = "/actiz/tzt-profiles.json";

    @TempDir Path root;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cl = new CommandLine(new ProfilesCommand());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private int sync(Path dir) {
        return run(
                "sync",
                "--from",
                wm.baseUrl() + PATH,
                "--profiles",
                dir.toString(),
                "--allow-plain-http-for-tests");
    }

    @Test
    void aSyncThatUpdatesOneThatIsUnchangedOneThatIsRefusedAndARollback() throws IOException {
        // given the shipped set published with ETag v1
        Path dir = root.resolve("profiles");
        wm.stubFor(
                get(PATH)
                        .willReturn(
                                okJson(SyncFixtures.json(SyncFixtures.shipped()))
                                        .withHeader("ETag", "\"v1\"")));

        // when / then: the first sync installs it
        assertThat(sync(dir)).isZero();
        assertThat(out.toString()).contains("Profiles updated from", "+ national.yaml (added)");

        // when a changed set is published, then the update shows the file and what changes in
        // effect
        wm.stubFor(
                get(PATH)
                        .willReturn(
                                okJson(SyncFixtures.json(SyncFixtures.changed()))
                                        .withHeader("ETag", "\"v2\"")));
        assertThat(sync(dir)).isZero();
        assertThat(out.toString())
                .contains(
                        "~ dsw.yaml (changed)",
                        "8 file(s) unchanged",
                        "What changes in effect on",
                        "DSW: ",
                        "V € 84,00 / PV € 66,00 -> V € 85,00 / PV € 66,00",
                        "undo with: tzt-check profiles rollback --profiles " + dir);

        // when the publisher has nothing new (304), then exit 0 and "unchanged"
        wm.stubFor(
                get(PATH)
                        .withHeader("If-None-Match", equalTo("\"v2\""))
                        .willReturn(aResponse().withStatus(304))
                        .atPriority(1));
        assertThat(sync(dir)).isZero();
        assertThat(out.toString()).contains("Profiles unchanged");

        // when a tampered set is published, then exit 2, the reason, and the set stays
        wm.resetAll();
        wm.stubFor(
                get(PATH).willReturn(okJson(SyncFixtures.tampered()).withHeader("ETag", "\"v3\"")));
        assertThat(sync(dir)).isEqualTo(2);
        assertThat(err.toString()).contains("profiles sync refused:", "tampered");
        assertThat(Files.readString(dir.resolve("dsw.yaml"))).contains("V: 85.00");

        // when rolled back, then the shipped set is back
        assertThat(run("rollback", "--profiles", dir.toString())).isZero();
        assertThat(out.toString()).contains("Profiles rolled back", "~ dsw.yaml (changed)");
        assertThat(Files.readString(dir.resolve("dsw.yaml"))).contains("V: 84.00");
    }

    @Test
    void refusedSyncsAndRollbacksExitWithTwo() {
        // given nothing published and no previous set
        Path dir = root.resolve("profiles");
        wm.stubFor(get(PATH).willReturn(aResponse().withStatus(404)));

        // when / then
        assertThat(sync(dir)).isEqualTo(2);
        assertThat(err.toString()).contains("HTTP 404");
        assertThat(run("sync", "--from", wm.baseUrl() + PATH, "--profiles", dir.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("must use https://");
        assertThat(run("sync", "--from", "https://exa mple/", "--profiles", dir.toString()))
                .isEqualTo(2);
        assertThat(run("rollback", "--profiles", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("nothing to roll back to");
        assertThat(dir).doesNotExist();
    }

    @Test
    void aDownloadThatDribblesPastItsReadDeadlineExitsWithTwoAndOneDutchSentence()
            throws IOException {
        // given a set in place, then a publisher that sends the next bundle in 20 pieces over 10
        // seconds
        Path dir = root.resolve("profiles");
        wm.stubFor(
                get(PATH)
                        .willReturn(
                                okJson(SyncFixtures.json(SyncFixtures.shipped()))
                                        .withHeader("ETag", "\"v1\"")));
        assertThat(sync(dir)).isZero();
        String before = Files.readString(dir.resolve("dsw.yaml"));
        wm.stubFor(
                get(PATH)
                        .willReturn(
                                okJson(SyncFixtures.json(SyncFixtures.changed()))
                                        .withHeader("ETag", "\"v2\"")
                                        .withChunkedDribbleDelay(20, 10_000)));

        // when
        int exit =
                run(
                        "sync",
                        "--from",
                        wm.baseUrl() + PATH,
                        "--profiles",
                        dir.toString(),
                        "--read-deadline",
                        "1",
                        "--allow-plain-http-for-tests");

        // then: refused (2), one line saying what, where and what to do, no stack trace, the set
        // untouched
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString().strip())
                .isEqualTo(
                        "profiles sync refused: Het profielbestand van "
                                + wm.baseUrl()
                                + PATH
                                + " was na 1 s nog niet volledig binnen (de server stuurt niets meer); er is niets gewijzigd: probeer het later"
                                + " opnieuw of geef de download meer tijd met --read-deadline.");
        assertThat(Files.readString(dir.resolve("dsw.yaml"))).isEqualTo(before);
    }

    @Test
    void bundleWritesWhatSyncAccepts() throws IOException {
        // given
        Path file = root.resolve("out/bundle.json");

        // when
        int exit =
                run(
                        "bundle",
                        "--profiles",
                        SyncFixtures.SHIPPED.toString(),
                        "--out",
                        file.toString(),
                        "--description",
                        "test");

        // then the bundle parses with every file and hash
        assertThat(exit).isZero();
        assertThat(out.toString()).contains("Wrote", "9 files");
        ProfileBundle b =
                ProfileBundle.parse(
                        Files.readString(file, StandardCharsets.UTF_8)
                                .getBytes(StandardCharsets.UTF_8));
        assertThat(b.files()).isEqualTo(SyncFixtures.shipped());
    }
}
