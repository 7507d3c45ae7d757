package nl.tztcheck.profiles;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * How every YAML file of tzt-check is read: plain maps, lists and scalars only (no arbitrary
 * types), no duplicate keys, at most 20 aliases (no expansion bombs), at most 5 MB, and dates kept
 * as text so they are parsed strictly afterwards.
 */
public final class SafeYaml {

    private SafeYaml() {}

    public static final long MAX_BYTES = 5L * 1024 * 1024;

    public static Object load(Path path) throws IOException {
        // SnakeYAML's code-point limit does not count comments: check the size before parsing
        if (Files.size(path) > MAX_BYTES) {
            throw new IOException(
                    "the file has "
                            + Files.size(path)
                            + " bytes, which exceeds the limit of "
                            + MAX_BYTES
                            + " bytes (5 MB) for a profile file; check that the right file is in the profiles folder");
        }
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setAllowRecursiveKeys(false);
        options.setCodePointLimit(5 * 1024 * 1024);
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return new Yaml(new DatesAsText(options)).load(reader);
        }
    }

    /**
     * SnakeYAML builds dates with a lenient calendar, so 2024-13-01 silently became 2025-01-01 and
     * 2024-02-30 became 2024-03-01. Keeping timestamps as text lets callers parse them strictly.
     */
    private static final class DatesAsText extends SafeConstructor {
        DatesAsText(LoaderOptions options) {
            super(options);
            this.yamlConstructors.put(Tag.TIMESTAMP, new ConstructYamlStr());
        }
    }
}
