package nl.tztcheck.profiles.sync;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code <profiles>/.sync.json}: where the set came from, its ETag, the fingerprint it had and
 * when. It lives inside the directory, so a rollback brings back the matching ETag too; the profile
 * loader reads only {@code *.yaml}, so it is ignored there.
 */
record SyncState(
        @Nullable String url,
        @Nullable String etag,
        @Nullable String fingerprint,
        @Nullable String syncedAt) {

    static final String FILE = ".sync.json";
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    static Optional<SyncState> read(Path dir) {
        Path f = dir.resolve(FILE);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try {
            JsonNode n = MAPPER.readTree(Files.readString(f, StandardCharsets.UTF_8));
            return Optional.of(
                    new SyncState(
                            text(n, "url"),
                            text(n, "etag"),
                            text(n, "fingerprint"),
                            text(n, "syncedAt")));
        } catch (IOException | JacksonException e) {
            return Optional.empty();
        }
    }

    private static @Nullable String text(JsonNode n, String key) {
        JsonNode v = n == null ? null : n.get(key);
        return v == null || !v.isString() ? null : v.stringValue();
    }

    void write(Path dir) throws IOException {
        ObjectNode n =
                MAPPER.createObjectNode()
                        .put("url", url)
                        .put("etag", etag)
                        .put("fingerprint", fingerprint)
                        .put("syncedAt", syncedAt);
        Files.writeString(
                dir.resolve(FILE),
                MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(n) + "\n",
                StandardCharsets.UTF_8);
    }
}
