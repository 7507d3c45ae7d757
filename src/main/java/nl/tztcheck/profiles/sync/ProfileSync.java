package nl.tztcheck.profiles.sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.tztcheck.i18n.Language;
import nl.tztcheck.i18n.Messages;
import nl.tztcheck.privacy.SafeUrl;
import nl.tztcheck.profiles.InvalidProfilesException;
import nl.tztcheck.profiles.ProfileSet;
import org.jspecify.annotations.Nullable;

/**
 * {@code profiles sync}: fetches a published {@link ProfileBundle}, checks every file's SHA-256,
 * validates the whole set with {@link ProfileSet#load} in a sibling directory, and only then puts
 * it in place by renaming, keeping the replaced set as {@code <dir>.previous}. A conditional GET
 * ({@code If-None-Match} with the stored ETag) avoids downloading an unchanged set. Anything wrong
 * (not found, interrupted, tampered, invalid) throws {@link SyncRefusedException} and leaves the
 * local set untouched. HTTPS only. The download has a deadline for the whole body ({@link
 * #DEFAULT_READ_DEADLINE} unless {@link #withReadDeadline} says otherwise): a server that stalls
 * after its headers is given up then, with a message in {@link #withLanguage the language}.
 */
public final class ProfileSync {

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    /**
     * How long the whole download (headers and body) may take, unless {@link #withReadDeadline}
     * says otherwise.
     */
    public static final Duration DEFAULT_READ_DEADLINE = Duration.ofSeconds(60);

    private final boolean allowPlainHttpForTests;
    private final Duration timeout;
    private final Duration readDeadline;
    private final Language language;
    private final HttpClient client;

    public ProfileSync() {
        this(false, Duration.ofSeconds(60), DEFAULT_READ_DEADLINE, Language.NL);
    }

    private ProfileSync(
            boolean allowPlainHttpForTests,
            Duration timeout,
            Duration readDeadline,
            Language language) {
        if (readDeadline.isNegative() || readDeadline.isZero()) {
            throw new IllegalArgumentException(
                    "the read deadline must be positive, was " + readDeadline);
        }
        this.allowPlainHttpForTests = allowPlainHttpForTests;
        this.timeout = timeout;
        this.readDeadline = readDeadline;
        this.language = language;
        this.client =
                HttpClient.newBuilder()
                        .connectTimeout(Duration.ofSeconds(10))
                        .version(HttpClient.Version.HTTP_1_1)
                        .followRedirects(HttpClient.Redirect.NORMAL)
                        .build();
    }

    /** Also accepts {@code http://} to the loopback address, for tests against a local stub. */
    public static ProfileSync allowingPlainHttpForTests(Duration timeout) {
        return new ProfileSync(true, timeout, DEFAULT_READ_DEADLINE, Language.NL);
    }

    /** The same, with another deadline for the whole download (headers and body). */
    public ProfileSync withReadDeadline(Duration deadline) {
        return new ProfileSync(allowPlainHttpForTests, timeout, deadline, language);
    }

    /** The same, with the download's refusals in another language (Dutch by default). */
    public ProfileSync withLanguage(Language other) {
        return new ProfileSync(allowPlainHttpForTests, timeout, readDeadline, other);
    }

    /**
     * @throws SyncRefusedException when the set cannot be fetched or is not valid; nothing was
     *     changed
     */
    public SyncResult sync(URI from, Path profilesDir) {
        checkUrl(from);
        Path dir = profilesDir.toAbsolutePath().normalize();
        Optional<String> currentFingerprint = fingerprintOf(dir);
        Optional<SyncState> state = SyncState.read(dir);
        Optional<String> ifNoneMatch =
                state.filter(
                                s ->
                                        SafeUrl.forLog(from).equals(s.url())
                                                && s.etag() != null
                                                && currentFingerprint.isPresent()
                                                && currentFingerprint.get().equals(s.fingerprint()))
                        .map(SyncState::etag);
        BundleDownload.Response r =
                BundleDownload.get(
                        client,
                        from,
                        ifNoneMatch,
                        timeout,
                        readDeadline,
                        Messages.of("profilesync", language));
        if (r.status() == 304 && ifNoneMatch.isPresent()) {
            return unchanged(dir, currentFingerprint.get(), ifNoneMatch.get());
        }
        if (r.status() != 200) {
            throw new SyncRefusedException(statusMessage(from, r.status()));
        }
        ProfileBundle bundle = ProfileBundle.parse(r.body());
        try {
            return install(from, dir, bundle, r.etag().orElse(null), currentFingerprint);
        } catch (IOException e) {
            throw new SyncRefusedException(
                    "cannot write next to "
                            + dir
                            + " ("
                            + e.getMessage()
                            + "). Nothing was changed",
                    e);
        }
    }

    private SyncResult install(
            URI from,
            Path dir,
            ProfileBundle bundle,
            @Nullable String etag,
            Optional<String> currentFingerprint)
            throws IOException {
        Path fresh = DirectorySwap.tempSibling(dir, "sync");
        try {
            bundle.writeTo(fresh);
            ProfileSet set = loadPublished(fresh, from);
            SyncState state =
                    new SyncState(
                            SafeUrl.forLog(from),
                            etag,
                            set.fingerprint(),
                            Instant.now().toString());
            if (currentFingerprint.isPresent()
                    && currentFingerprint.get().equals(set.fingerprint())) {
                updateState(dir, state);
                return unchanged(dir, set.fingerprint(), etag);
            }
            state.write(fresh);
            DirectorySwap.install(fresh, dir);
            Path previous = DirectorySwap.previousOf(dir);
            return new SyncResult(
                    SyncResult.Outcome.UPDATED,
                    ChangeSummary.between(previous, dir),
                    set.fingerprint(),
                    etag,
                    Files.isDirectory(previous) ? previous : null);
        } finally {
            DirectorySwap.deleteRecursively(fresh);
        }
    }

    private static ProfileSet loadPublished(Path fresh, URI from) {
        try {
            return ProfileSet.load(fresh);
        } catch (InvalidProfilesException e) {
            throw new SyncRefusedException(
                    "the profile set published at "
                            + SafeUrl.forLog(from)
                            + " is not valid, the local set is kept. "
                            + String.valueOf(e.getMessage())
                                    .replace(fresh.toString(), "(published)"),
                    e);
        }
    }

    /** Same files, new ETag: only the state file changes (written aside, then renamed over). */
    private static void updateState(Path dir, SyncState state) throws IOException {
        Path tmp = DirectorySwap.tempSibling(dir, "state");
        try {
            state.write(tmp);
            Files.move(
                    tmp.resolve(SyncState.FILE),
                    dir.resolve(SyncState.FILE),
                    StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } finally {
            DirectorySwap.deleteRecursively(tmp);
        }
    }

    private static SyncResult unchanged(Path dir, String fingerprint, @Nullable String etag) {
        Path previous = DirectorySwap.previousOf(dir);
        return new SyncResult(
                SyncResult.Outcome.UNCHANGED,
                ChangeSummary.between(dir, dir),
                fingerprint,
                etag,
                Files.isDirectory(previous) ? previous : null);
    }

    /**
     * Puts {@code <dir>.previous} back in place after validating it; the set it replaces becomes
     * {@code <dir>.previous}, so rolling back twice returns to where you started.
     *
     * @throws SyncRefusedException when there is no previous set or it is not valid; nothing was
     *     changed
     */
    public static SyncResult rollback(Path profilesDir) {
        Path dir = profilesDir.toAbsolutePath().normalize();
        Path previous = DirectorySwap.previousOf(dir);
        if (!Files.isDirectory(previous)) {
            throw new SyncRefusedException(
                    "nothing to roll back to: "
                            + previous
                            + " does not exist (profiles sync keeps the"
                            + " replaced set there)");
        }
        ProfileSet set;
        try {
            set = ProfileSet.load(previous);
        } catch (InvalidProfilesException e) {
            throw new SyncRefusedException(
                    "the previous set in "
                            + previous
                            + " is not valid, nothing was changed. "
                            + e.getMessage(),
                    e);
        }
        try {
            DirectorySwap.swapWithPrevious(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String etag = SyncState.read(dir).map(SyncState::etag).orElse(null);
        return new SyncResult(
                SyncResult.Outcome.ROLLED_BACK,
                ChangeSummary.between(previous, dir),
                set.fingerprint(),
                etag,
                Files.isDirectory(previous) ? previous : null);
    }

    private static Optional<String> fingerprintOf(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try {
            return Optional.of(ProfileSet.load(dir).fingerprint());
        } catch (InvalidProfilesException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    private static String statusMessage(URI from, int status) {
        return switch (status) {
            case 404 ->
                    "no profile set at "
                            + SafeUrl.forLog(from)
                            + " (HTTP 404): check the --from URL. Nothing was changed";
            case 401, 403 ->
                    "the publisher refused access to "
                            + SafeUrl.forLog(from)
                            + " (HTTP "
                            + status
                            + "). Nothing was changed";
            case 304 ->
                    "the publisher answered 304 Not Modified to a request without an ETag. Nothing was changed";
            default ->
                    "the publisher answered HTTP "
                            + status
                            + " for "
                            + SafeUrl.forLog(from)
                            + ". Nothing was changed; try again later";
        };
    }

    private void checkUrl(URI url) {
        Objects.requireNonNull(url, "url");
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (url.getHost() == null || url.getRawUserInfo() != null) {
            throw new SyncRefusedException(
                    "--from must be an https:// URL without a user name or password, was "
                            + SafeUrl.forLog(url));
        }
        boolean loopbackHttp =
                scheme.equals("http")
                        && allowPlainHttpForTests
                        && LOOPBACK.contains(url.getHost().toLowerCase(Locale.ROOT));
        if (!scheme.equals("https") && !loopbackHttp) {
            throw new SyncRefusedException(
                    "--from must use https:// (profiles decide what is paid; they are not fetched"
                            + " unencrypted), was "
                            + SafeUrl.forLog(url));
        }
    }
}
