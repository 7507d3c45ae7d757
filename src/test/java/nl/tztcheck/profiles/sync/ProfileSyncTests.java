package nl.tztcheck.profiles.sync;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import nl.tztcheck.profiles.ProfileSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fetching a published profile set against a WireMock stub: 200, 304, 404, invalid or tampered
 * content, interrupted transfers, rollback.
 */
class ProfileSyncTests {

    @RegisterExtension
    static WireMockExtension wm =
            WireMockExtension.newInstance()
                    .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
                    .build();

    static final String PATH = "/profiles/bundle.json";

    @TempDir Path root;

    Path dir;
    URI url;
    final ProfileSync sync = ProfileSync.allowingPlainHttpForTests(Duration.ofSeconds(20));

    @BeforeEach
    void setUp() {
        dir = root.resolve("insurer-profiles");
        url = URI.create(wm.baseUrl() + PATH);
    }

    private void publish(String json, String etag) {
        wm.stubFor(get(PATH).willReturn(okJson(json).withHeader("ETag", etag)));
    }

    /** The shipped set, installed by a first sync with ETag "v1". */
    private void installShipped() {
        publish(SyncFixtures.json(SyncFixtures.shipped()), "\"v1\"");
        sync.sync(url, dir);
        wm.resetAll();
    }

    @Test
    void aFirstSyncInstallsTheValidatedSet() throws IOException {
        // given a published set
        publish(SyncFixtures.json(SyncFixtures.shipped()), "\"v1\"");

        // when
        SyncResult r = sync.sync(url, dir);

        // then the set is in place, valid, with its ETag remembered
        assertThat(r.outcome()).isEqualTo(SyncResult.Outcome.UPDATED);
        assertThat(r.changes().added()).contains("national.yaml", "vgz.yaml").hasSize(9);
        assertThat(r.previous()).isNull();
        assertThat(ProfileSet.load(dir).fingerprint())
                .isEqualTo(ProfileSet.load(SyncFixtures.SHIPPED).fingerprint())
                .isEqualTo(r.fingerprint());
        assertThat(Files.readString(dir.resolve(".sync.json")))
                .contains("\"etag\" : \"\\\"v1\\\"\"", url.toString());
        wm.verify(getRequestedFor(urlEqualTo(PATH)).withoutHeader("If-None-Match"));
    }

    @Test
    void anUpdateReplacesTheSetAndKeepsThePreviousOne() throws IOException {
        // given the shipped set in place and a newer one published
        installShipped();
        publish(SyncFixtures.json(SyncFixtures.changed()), "\"v2\"");

        // when
        SyncResult r = sync.sync(url, dir);

        // then
        assertThat(r.outcome()).isEqualTo(SyncResult.Outcome.UPDATED);
        assertThat(r.changes().changed()).containsExactly("dsw.yaml");
        assertThat(r.changes().lines())
                .containsExactly("~ dsw.yaml (changed)", "8 file(s) unchanged");
        assertThat(Files.readString(dir.resolve("dsw.yaml"))).contains("V: 85.00");
        assertThat(r.previous()).isEqualTo(root.resolve("insurer-profiles.previous"));
        assertThat(Files.readString(r.previous().resolve("dsw.yaml"))).contains("V: 84.00");
        wm.verify(getRequestedFor(urlEqualTo(PATH)).withHeader("If-None-Match", equalTo("\"v1\"")));
        assertThat(Files.list(root).map(p -> p.getFileName().toString()))
                .containsExactlyInAnyOrder("insurer-profiles", "insurer-profiles.previous");
    }

    @Test
    void notModifiedLeavesEverythingAsItWas() {
        // given the shipped set in place, and a publisher that answers 304 to its ETag
        installShipped();
        Map<String, String> before = SyncFixtures.snapshot(root);
        wm.stubFor(
                get(PATH)
                        .withHeader("If-None-Match", equalTo("\"v1\""))
                        .willReturn(aResponse().withStatus(304)));

        // when
        SyncResult r = sync.sync(url, dir);

        // then
        assertThat(r.outcome()).isEqualTo(SyncResult.Outcome.UNCHANGED);
        assertThat(r.changes().isEmpty()).isTrue();
        assertThat(SyncFixtures.snapshot(root)).isEqualTo(before);
    }

    @Test
    void aLocallyEditedSetIsFetchedInFull() throws IOException {
        // given the shipped set in place, then edited by hand
        installShipped();
        Files.writeString(
                dir.resolve("dsw.yaml"),
                "\n# local note\n",
                java.nio.file.StandardOpenOption.APPEND);
        publish(SyncFixtures.json(SyncFixtures.shipped()), "\"v1\"");

        // when
        SyncResult r = sync.sync(url, dir);

        // then no If-None-Match was sent, and the published set replaced the edit
        wm.verify(getRequestedFor(urlEqualTo(PATH)).withoutHeader("If-None-Match"));
        assertThat(r.outcome()).isEqualTo(SyncResult.Outcome.UPDATED);
        assertThat(r.changes().changed()).containsExactly("dsw.yaml");
    }

    @Test
    void theSameFilesUnderANewEtagReplaceNothing() throws IOException {
        // given
        installShipped();
        publish(SyncFixtures.json(SyncFixtures.shipped()), "\"v1-gzip\"");

        // when
        SyncResult r = sync.sync(url, dir);

        // then only the remembered ETag changed
        assertThat(r.outcome()).isEqualTo(SyncResult.Outcome.UNCHANGED);
        assertThat(Files.exists(root.resolve("insurer-profiles.previous"))).isFalse();
        assertThat(Files.readString(dir.resolve(".sync.json"))).contains("v1-gzip");
    }

    @Test
    void notFoundIsRefused() {
        // given the shipped set in place and nothing at the URL
        installShipped();
        Map<String, String> before = SyncFixtures.snapshot(root);
        wm.stubFor(get(PATH).willReturn(aResponse().withStatus(404)));

        // when / then
        assertThatThrownBy(() -> sync.sync(url, dir))
                .isInstanceOf(SyncRefusedException.class)
                .hasMessageContaining("HTTP 404")
                .hasMessageContaining("Nothing was changed");
        assertThat(SyncFixtures.snapshot(root)).isEqualTo(before);
    }

    @Test
    void aTamperedFileIsRefused() {
        // given
        installShipped();
        Map<String, String> before = SyncFixtures.snapshot(root);
        publish(SyncFixtures.tampered(), "\"evil\"");

        // when / then
        assertThatThrownBy(() -> sync.sync(url, dir))
                .isInstanceOf(SyncRefusedException.class)
                .hasMessageContaining(
                        "files.dsw.yaml: content does not match its SHA-256 (damaged or tampered with)");
        assertThat(SyncFixtures.snapshot(root)).isEqualTo(before);
    }

    @Test
    void anInvalidProfileSetIsRefusedWithTheLoadersProblems() {
        // given
        installShipped();
        Map<String, String> before = SyncFixtures.snapshot(root);
        publish(SyncFixtures.json(SyncFixtures.invalid()), "\"v2\"");

        // when / then: refused, and the temporary directory is gone
        assertThatThrownBy(() -> sync.sync(url, dir))
                .isInstanceOf(SyncRefusedException.class)
                .hasMessageContaining("is not valid, the local set is kept")
                .hasMessageContaining("dsw.yaml")
                .hasMessageContaining("NONSENSE");
        assertThat(SyncFixtures.snapshot(root)).isEqualTo(before);
    }

    @Test
    void contentThatIsNotABundleIsRefused() {
        // given a set in place
        installShipped();
        Map<String, String> before = SyncFixtures.snapshot(root);
        String good = SyncFixtures.json(SyncFixtures.shipped());
        String[] bad = {
            "<html>maintenance</html>",
            good.replace("tzt-check-profiles/1", "tzt-check-profiles/9"),
            good.replace("\"dsw.yaml\"", "\"../dsw.yaml\""),
            "{\"format\":\"tzt-check-profiles/1\",\"files\":{\"a.yaml\":\"x\",\"a.yaml\":\"y\"},\"sha256\":{}}",
            "{\"format\":\"tzt-check-profiles/1\",\"files\":{},\"sha256\":{},\"extra\":1}"
        };

        for (String body : bad) {
            // when the publisher serves it
            publish(body, "\"bad\"");

            // then it is refused and nothing changes
            assertThatThrownBy(() -> sync.sync(url, dir))
                    .as(body.substring(0, Math.min(40, body.length())))
                    .isInstanceOf(SyncRefusedException.class)
                    .hasMessageContaining("bundle");
            assertThat(SyncFixtures.snapshot(root)).isEqualTo(before);
        }
    }

    @Test
    void anInterruptedTransferIsRefused() {
        // given a set in place
        installShipped();
        Map<String, String> before = SyncFixtures.snapshot(root);

        for (Fault fault :
                new Fault[] {
                    Fault.CONNECTION_RESET_BY_PEER,
                    Fault.MALFORMED_RESPONSE_CHUNK,
                    Fault.EMPTY_RESPONSE
                }) {
            // when the connection breaks
            wm.stubFor(get(PATH).willReturn(aResponse().withFault(fault)));

            // then
            assertThatThrownBy(() -> sync.sync(url, dir))
                    .as(fault.name())
                    .isInstanceOf(SyncRefusedException.class)
                    .hasMessageContaining("interrupted")
                    .hasMessageContaining("Nothing was changed");
            assertThat(SyncFixtures.snapshot(root)).isEqualTo(before);
        }
    }

    @Test
    void aBodyShorterThanItsContentLengthIsRefused() throws Exception {
        // given a set in place, and a server that promises the whole bundle but closes after a part
        // of it
        installShipped();
        Map<String, String> before = SyncFixtures.snapshot(root);
        byte[] bundle = SyncFixtures.json(SyncFixtures.changed()).getBytes(StandardCharsets.UTF_8);
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread t = new Thread(() -> serveTruncated(server, bundle));
            t.start();
            URI truncated = URI.create("http://localhost:" + server.getLocalPort() + PATH);

            // when / then
            assertThatThrownBy(() -> sync.sync(truncated, dir))
                    .isInstanceOf(SyncRefusedException.class)
                    .hasMessageContaining("interrupted");
            t.join(10_000);
        }
        assertThat(SyncFixtures.snapshot(root)).isEqualTo(before);
    }

    @Test
    void aServerThatSendsItsHeadersAndThenStallsIsGivenUpAtTheReadDeadline() throws Exception {
        // given a set in place, and a server that answers 200 with its headers and the first bytes,
        // then sends nothing more
        installShipped();
        Map<String, String> before = SyncFixtures.snapshot(root);
        Duration deadline = Duration.ofSeconds(2);
        CountDownLatch done = new CountDownLatch(1);
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread t = new Thread(() -> serveStalled(server, done));
            t.setDaemon(true);
            t.start();
            URI stalled = URI.create("http://localhost:" + server.getLocalPort() + PATH);

            // when
            long started = System.nanoTime();
            Throwable refused =
                    catchThrowable(() -> sync.withReadDeadline(deadline).sync(stalled, dir));
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            done.countDown();

            // then it gave up at the deadline (not after the 20 s header timeout, not never) with
            // one Dutch sentence
            assertThat(took).isLessThan(deadline.plusSeconds(5));
            assertThat(refused)
                    .isInstanceOf(SyncRefusedException.class)
                    .hasMessage(
                            "Het profielbestand van "
                                    + stalled
                                    + " was na 2 s nog niet volledig binnen (de server stuurt niets"
                                    + " meer); er is niets gewijzigd: probeer het later opnieuw of geef de download meer tijd met --read-deadline.");
            t.join(10_000);
        }
        // and the installed set is unchanged
        assertThat(SyncFixtures.snapshot(root)).isEqualTo(before);
    }

    /**
     * Reads the request, sends the headers and a little of a body, then keeps the connection open
     * without sending more.
     */
    private static void serveStalled(ServerSocket server, CountDownLatch done) {
        try (Socket s = server.accept()) {
            InputStream in = s.getInputStream();
            int matched = 0;
            byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
            while (matched < 4) {
                int b = in.read();
                if (b < 0) {
                    return;
                }
                matched = b == end[matched] ? matched + 1 : (b == end[0] ? 1 : 0);
            }
            OutputStream out = s.getOutputStream();
            out.write(
                    ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{\"format\":")
                            .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            done.await(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            // the client gave up: fine
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void serveTruncated(ServerSocket server, byte[] body) {
        try (Socket s = server.accept()) {
            InputStream in = s.getInputStream();
            int matched = 0;
            byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
            while (matched < 4) {
                int b = in.read();
                if (b < 0) {
                    return;
                }
                matched = b == end[matched] ? matched + 1 : (b == end[0] ? 1 : 0);
            }
            OutputStream out = s.getOutputStream();
            out.write(
                    ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                                    + body.length
                                    + "\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            out.write(Arrays.copyOf(body, body.length / 3));
            out.flush();
        } catch (IOException e) {
            // the client gave up: fine
        }
    }

    @Test
    void rollbackBringsThePreviousSetBackAndASecondRollbackUndoesIt() throws IOException {
        // given an update from the shipped set to a changed one
        installShipped();
        publish(SyncFixtures.json(SyncFixtures.changed()), "\"v2\"");
        sync.sync(url, dir);

        // when
        SyncResult back = ProfileSync.rollback(dir);

        // then the shipped set is in place with its own ETag, and the changed one is kept
        assertThat(back.outcome()).isEqualTo(SyncResult.Outcome.ROLLED_BACK);
        assertThat(back.changes().changed()).containsExactly("dsw.yaml");
        assertThat(Files.readString(dir.resolve("dsw.yaml"))).contains("V: 84.00");
        assertThat(back.etag()).isEqualTo("\"v1\"");
        assertThat(Files.readString(root.resolve("insurer-profiles.previous/dsw.yaml")))
                .contains("V: 85.00");

        // when rolled back again, then the changed set is back
        ProfileSync.rollback(dir);
        assertThat(Files.readString(dir.resolve("dsw.yaml"))).contains("V: 85.00");
    }

    @Test
    void rollbackIsRefusedWithoutAValidPreviousSet() throws IOException {
        // given a set in place and no previous one
        installShipped();
        Map<String, String> before = SyncFixtures.snapshot(root);

        // when / then
        assertThatThrownBy(() -> ProfileSync.rollback(dir))
                .isInstanceOf(SyncRefusedException.class)
                .hasMessageContaining("nothing to roll back to");

        // given a previous set that was damaged
        Path previous = root.resolve("insurer-profiles.previous");
        Files.createDirectories(previous);
        Files.writeString(previous.resolve("national.yaml"), "id: [");
        before = SyncFixtures.snapshot(root);

        // when / then
        assertThatThrownBy(() -> ProfileSync.rollback(dir))
                .isInstanceOf(SyncRefusedException.class)
                .hasMessageContaining("is not valid, nothing was changed");
        assertThat(SyncFixtures.snapshot(root)).isEqualTo(before);
    }

    @Test
    void onlyHttpsIsAcceptedOutsideTests() {
        // given / when / then
        assertThatThrownBy(() -> new ProfileSync().sync(url, dir))
                .isInstanceOf(SyncRefusedException.class)
                .hasMessageContaining("must use https://");
        assertThatThrownBy(() -> sync.sync(URI.create("http://profiles.example/b.json"), dir))
                .hasMessageContaining("must use https://");
        assertThatThrownBy(() -> sync.sync(URI.create("https://u:p@profiles.example/b.json"), dir))
                .hasMessageContaining("without a user name or password");
        assertThat(dir).doesNotExist();
    }
}
