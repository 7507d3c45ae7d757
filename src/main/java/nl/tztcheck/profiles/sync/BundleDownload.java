package nl.tztcheck.profiles.sync;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

import nl.tztcheck.privacy.SafeUrl;

/** One conditional GET of a bundle, read completely (or refused) before anything else happens. */
final class BundleDownload {

    static final long MAX_BYTES = 20L * 1024 * 1024;

    /** @param body empty unless status 200 */
    record Response(int status, byte[] body, Optional<String> etag) {
    }

    private BundleDownload() {
    }

    static Response get(HttpClient client, URI url, Optional<String> ifNoneMatch, Duration timeout) {
        HttpRequest.Builder b = HttpRequest.newBuilder(url).timeout(timeout).header("Accept", "application/json").GET();
        ifNoneMatch.ifPresent(tag -> b.header("If-None-Match", tag));
        try {
            HttpResponse<InputStream> r = client.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = r.body()) {
                if (r.statusCode() != 200) {
                    return new Response(r.statusCode(), new byte[0], Optional.empty());
                }
                byte[] body = readAll(in, url);
                OptionalLong declared = r.headers().firstValueAsLong("Content-Length");
                if (declared.isPresent() && declared.getAsLong() != body.length) {
                    throw new SyncRefusedException("the transfer from " + SafeUrl.forLog(url) + " was interrupted: " + body.length + " of "
                            + declared.getAsLong() + " bytes arrived. Nothing was changed; try again");
                }
                return new Response(200, body, r.headers().firstValue("ETag"));
            }
        } catch (HttpTimeoutException e) {
            throw new SyncRefusedException("no answer from " + SafeUrl.forLog(url) + " within " + timeout.toSeconds() + " s. Nothing was changed", e);
        } catch (IOException e) {
            throw new SyncRefusedException("the transfer from " + SafeUrl.forLog(url) + " was interrupted (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "). Nothing was changed; try again", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SyncRefusedException("interrupted while fetching " + SafeUrl.forLog(url) + ". Nothing was changed", e);
        }
    }

    private static byte[] readAll(InputStream in, URI url) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        int n;
        while ((n = in.read(buf)) != -1) {
            out.write(buf, 0, n);
            if (out.size() > MAX_BYTES) {
                throw new SyncRefusedException("the profile bundle at " + SafeUrl.forLog(url) + " is larger than " + MAX_BYTES / (1024 * 1024)
                        + " MB; refused");
            }
        }
        return out.toByteArray();
    }
}
