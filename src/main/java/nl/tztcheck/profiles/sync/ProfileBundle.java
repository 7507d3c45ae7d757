package nl.tztcheck.profiles.sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A published profile set (docs/profile-sync.md): one JSON document
 *
 * <pre>{"format":"tzt-check-profiles/1","published":"2025-03-01","description":"...",
 *  "files":{"national.yaml":"...","vgz.yaml":"..."},
 *  "sha256":{"national.yaml":"&lt;hex&gt;","vgz.yaml":"&lt;hex&gt;"}}</pre>
 *
 * Every file has a SHA-256 over its UTF-8 bytes; names are plain {@code *.yaml}/{@code *.yml} file
 * names (no paths). Anything else is refused, with every problem listed.
 */
public record ProfileBundle(Map<String, String> files) {

    public static final String FORMAT = "tzt-check-profiles/1";
    static final int MAX_FILES = 200;
    static final int MAX_FILE_BYTES = 5 * 1024 * 1024;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}\\.ya?ml");
    private static final Set<String> KEYS =
            Set.of("format", "published", "description", "files", "sha256");
    private static final JsonMapper MAPPER =
            JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    public ProfileBundle {
        files = Map.copyOf(new TreeMap<>(files));
    }

    /**
     * @throws SyncRefusedException listing every problem (bad JSON, unknown format, bad names,
     *     missing or wrong hashes)
     */
    public static ProfileBundle parse(byte[] json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(decode(json));
        } catch (JacksonException e) {
            throw new SyncRefusedException(
                    "the profile bundle is not valid JSON (" + e.getOriginalMessage() + ")");
        }
        List<String> problems = new ArrayList<>();
        if (root == null || !root.isObject()) {
            throw new SyncRefusedException("the profile bundle is not a JSON object");
        }
        root.propertyNames().stream()
                .filter(k -> !KEYS.contains(k))
                .forEach(k -> problems.add("unknown key \"" + k + "\""));
        JsonNode format = root.get("format");
        if (format == null || !format.isString() || !FORMAT.equals(format.stringValue())) {
            problems.add("\"format\" must be \"" + FORMAT + "\"");
        }
        Map<String, String> files = strings(root, "files", problems);
        Map<String, String> hashes = strings(root, "sha256", problems);
        checkFiles(files, hashes, problems);
        if (!problems.isEmpty()) {
            throw new SyncRefusedException(
                    "the profile bundle is refused, "
                            + problems.size()
                            + " problem(s):\n  - "
                            + String.join("\n  - ", problems));
        }
        return new ProfileBundle(files);
    }

    private static String decode(byte[] json) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(json))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new SyncRefusedException("the profile bundle is not UTF-8 text");
        }
    }

    private static Map<String, String> strings(JsonNode root, String key, List<String> problems) {
        JsonNode node = root.get(key);
        Map<String, String> map = new TreeMap<>();
        if (node == null || !node.isObject()) {
            problems.add("\"" + key + "\" must be an object of file name to text");
            return map;
        }
        node.properties()
                .forEach(
                        e -> {
                            if (e.getValue().isString()) {
                                map.put(e.getKey(), e.getValue().stringValue());
                            } else {
                                problems.add(key + "." + e.getKey() + ": must be a string");
                            }
                        });
        return map;
    }

    private static void checkFiles(
            Map<String, String> files, Map<String, String> hashes, List<String> problems) {
        if (files.isEmpty() || files.size() > MAX_FILES) {
            problems.add("\"files\" must hold 1 to " + MAX_FILES + " files, holds " + files.size());
        }
        files.forEach(
                (name, text) -> {
                    if (!NAME.matcher(name).matches()) {
                        problems.add(
                                "files."
                                        + name
                                        + ": not a plain *.yaml file name (letters, digits, . _ -; no folders)");
                    }
                    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                    if (bytes.length > MAX_FILE_BYTES) {
                        problems.add("files." + name + ": larger than 5 MB");
                    }
                    String expected = hashes.get(name);
                    if (expected == null) {
                        problems.add("sha256." + name + ": missing; every file needs its SHA-256");
                    } else if (!expected.equalsIgnoreCase(Sha256.hex(bytes))) {
                        problems.add(
                                "files."
                                        + name
                                        + ": content does not match its SHA-256 (damaged or tampered with)");
                    }
                });
        if (files.keySet().stream()
                        .map(n -> n.toLowerCase(java.util.Locale.ROOT))
                        .distinct()
                        .count()
                < files.size()) {
            problems.add("\"files\" holds names that differ only in case");
        }
        hashes.keySet().stream()
                .filter(n -> !files.containsKey(n))
                .forEach(
                        n ->
                                problems.add(
                                        "sha256." + n + ": names a file that is not in \"files\""));
    }

    /** The YAML files of a directory as a bundle, for publishers ({@code profiles bundle}). */
    public static ProfileBundle of(Path dir) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                    files.put(name, Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ProfileBundle(files);
    }

    /** The bundle as published JSON, with the SHA-256 of every file. */
    public String toJson(String published, String description) {
        ObjectNode root = MAPPER.createObjectNode().put("format", FORMAT);
        if (published != null) {
            root.put("published", published);
        }
        if (description != null) {
            root.put("description", description);
        }
        ObjectNode f = root.putObject("files");
        ObjectNode h = root.putObject("sha256");
        new TreeMap<>(files)
                .forEach(
                        (name, text) -> {
                            f.put(name, text);
                            h.put(name, Sha256.hex(text.getBytes(StandardCharsets.UTF_8)));
                        });
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    /** Writes every file into {@code dir} (which must exist). */
    void writeTo(Path dir) throws IOException {
        for (Map.Entry<String, String> e : files.entrySet()) {
            Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
        }
    }
}
