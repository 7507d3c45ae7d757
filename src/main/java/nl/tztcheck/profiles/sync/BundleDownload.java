package nl.tztcheck.profiles.sync;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nl.tztcheck.i18n.Messages;
import nl.tztcheck.privacy.SafeUrl;
import org.jspecify.annotations.Nullable;

/**
 * One conditional GET of a bundle, read completely (or refused) before anything else happens.
 * {@code timeout} bounds the wait for the response headers; {@code deadline} bounds the whole
 * download, headers and body: a server that sends its headers and then stalls (or dribbles) is
 * given up at the deadline.
 */
final class BundleDownload {

    static final long MAX_BYTES = 20L * 1024 * 1024;

    /**
     * @param body empty unless status 200
     */
    record Response(int status, byte[] body, Optional<String> etag) {}

    private BundleDownload() {}

    static Response get(
            HttpClient client,
            URI url,
            Optional<String> ifNoneMatch,
            Duration timeout,
            Duration deadline,
            Messages texts) {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(url)
                        .timeout(timeout)
                        .header("Accept", "application/json")
                        .GET();
        ifNoneMatch.ifPresent(tag -> b.header("If-None-Match", tag));
        CompletableFuture<HttpResponse<byte[]>> pending =
                client.sendAsync(
                        b.build(),
                        info ->
                                info.statusCode() == 200
                                        ? new LimitedBody(url)
                                        : HttpResponse.BodySubscribers.replacing(new byte[0]));
        try {
            HttpResponse<byte[]> r = pending.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
            if (r.statusCode() != 200) {
                return new Response(r.statusCode(), new byte[0], Optional.empty());
            }
            OptionalLong declared = r.headers().firstValueAsLong("Content-Length");
            if (declared.isPresent() && declared.getAsLong() != r.body().length) {
                throw new SyncRefusedException(
                        "the transfer from "
                                + SafeUrl.forLog(url)
                                + " was interrupted: "
                                + r.body().length
                                + " of "
                                + declared.getAsLong()
                                + " bytes arrived. Nothing was changed; try again");
            }
            return new Response(200, r.body(), r.headers().firstValue("ETag"));
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new SyncRefusedException(
                    texts.get(
                            "download.deadline",
                            "url",
                            SafeUrl.forLog(url),
                            "seconds",
                            deadline.toSeconds()));
        } catch (ExecutionException e) {
            throw refusal(requireNonNull(e.getCause()), url, timeout, texts);
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new SyncRefusedException(
                    "interrupted while fetching " + SafeUrl.forLog(url) + ". Nothing was changed",
                    e);
        }
    }

    private static SyncRefusedException refusal(
            Throwable cause, URI url, Duration timeout, Messages texts) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof SyncRefusedException refused) {
                return refused;
            }
        }
        if (cause instanceof HttpTimeoutException) {
            return new SyncRefusedException(
                    texts.get(
                            "download.noAnswer",
                            "url",
                            SafeUrl.forLog(url),
                            "seconds",
                            timeout.toSeconds()),
                    cause);
        }
        return new SyncRefusedException(
                "the transfer from "
                        + SafeUrl.forLog(url)
                        + " was interrupted ("
                        + cause.getClass().getSimpleName()
                        + (cause.getMessage() == null ? "" : ": " + cause.getMessage())
                        + "). Nothing was changed; try again",
                cause);
    }

    /** Collects the body, and refuses it as soon as it grows beyond {@link #MAX_BYTES}. */
    private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {

        private final URI url;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private Flow.@Nullable Subscription subscription;

        LimitedBody(URI url) {
            this.url = url;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer item : items) {
                byte[] bytes = new byte[item.remaining()];
                item.get(bytes);
                out.write(bytes, 0, bytes.length);
            }
            if (out.size() > MAX_BYTES) {
                requireNonNull(subscription).cancel(); // onSubscribe came first
                result.completeExceptionally(
                        new SyncRefusedException(
                                "the profile bundle at "
                                        + SafeUrl.forLog(url)
                                        + " is larger than "
                                        + MAX_BYTES / (1024 * 1024)
                                        + " MB; refused"));
            }
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(out.toByteArray());
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }
    }
}
