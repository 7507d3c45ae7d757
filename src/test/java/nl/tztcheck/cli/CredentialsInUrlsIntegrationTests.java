package nl.tztcheck.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import nl.tztcheck.profiles.sync.SyncFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import picocli.CommandLine;

/**
 * A URL given with a user name and password, or a token in its query, never shows its secret: not
 * in the log, not on the terminal, not in an exception message, not in a file the run leaves
 * behind. Runs the commands as a user does and captures everything written to stdout and stderr,
 * the log included.
 */
@ExtendWith(OutputCaptureExtension.class)
class CredentialsInUrlsIntegrationTests {

    static final String SECRET = "s3cr3t-Pw-1062";

    @RegisterExtension
    static WireMockExtension wm =
            WireMockExtension.newInstance()
                    .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
                    .build();

    @TempDir Path dir;

    @Test
    void aVerificationUrlWithAPasswordIsRefusedWithoutShowingThePassword(CapturedOutput output)
            throws IOException {
        // given the check with a verification URL holding a user name and password
        String url = "https://tzt:" + SECRET + "@verify.example.nl/cov";

        // when the check runs (the URL is refused when the job is set up)
        int exit =
                TztCheckCli.execute(
                        "check",
                        "--claims",
                        "src/test/resources/batch/claims.csv",
                        "--profiles",
                        "src/test/resources/batch/profiles",
                        "--costs",
                        "src/test/resources/batch/costs.yaml",
                        "--out",
                        dir.resolve("out").toString(),
                        "--data-dir",
                        dir.resolve("data").toString(),
                        "--verification-url",
                        url);

        // then it fails, and the terminal and the log name the URL and why, without the password or
        // the user name
        assertThat(exit).isNotZero();
        assertThat(output.getAll())
                .contains("https://***@verify.example.nl/cov")
                .doesNotContain(SECRET)
                .doesNotContain("tzt:");
        assertThat(filesUnder(dir)).doesNotContain(SECRET);
    }

    @Test
    void aProfileSyncUrlWithAPasswordOrATokenNeverShowsIt(CapturedOutput output)
            throws IOException {
        // given a published set behind a token, and a URL with a user name and password
        Path profiles = dir.resolve("profiles");
        wm.stubFor(
                get(urlPathEqualTo("/set.json"))
                        .willReturn(okJson(SyncFixtures.json(SyncFixtures.shipped()))));
        wm.stubFor(get(urlPathEqualTo("/missing.json")).willReturn(aResponse().withStatus(404)));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        // when synced: refused (user info), not found (token), and installed (token)
        int refused =
                sync(
                        out,
                        err,
                        "https://user:" + SECRET + "@profiles.example.nl/set.json",
                        profiles);
        int notFound = sync(out, err, wm.baseUrl() + "/missing.json?token=" + SECRET, profiles);
        int installed = sync(out, err, wm.baseUrl() + "/set.json?v=2&password=" + SECRET, profiles);

        // then each outcome is said with the URL, never with the secret, nor left in the sync state
        // on disk
        assertThat(refused).isEqualTo(2);
        assertThat(notFound).isEqualTo(2);
        assertThat(installed).isZero();
        assertThat(err.toString())
                .contains(
                        "https://***@profiles.example.nl/set.json",
                        "missing.json?token=*** (HTTP 404)");
        assertThat(out.toString())
                .contains("Profiles updated from " + wm.baseUrl() + "/set.json?v=2&password=***");
        assertThat(out.toString() + err + output.getAll()).doesNotContain(SECRET);
        assertThat(filesUnder(profiles)).doesNotContain(SECRET);
    }

    private static int sync(StringWriter out, StringWriter err, String url, Path profiles) {
        CommandLine cl = new CommandLine(new ProfilesCommand());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(
                "sync",
                "--from",
                url,
                "--profiles",
                profiles.toString(),
                "--allow-plain-http-for-tests");
    }

    /** Every text file the run left (outputs, sync state, database files read as bytes). */
    private static String filesUnder(Path root) throws IOException {
        if (!Files.exists(root)) {
            return "";
        }
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                all.append(
                        new String(
                                Files.readAllBytes(f),
                                java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return all.toString();
    }
}
