package nl.tztcheck.profiles.sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Published bundles made from the shipped profiles: as shipped, changed, invalid, tampered. */
public final class SyncFixtures {

    public static final Path SHIPPED = Path.of("insurer-profiles");

    private SyncFixtures() {}

    public static Map<String, String> shipped() {
        return new TreeMap<>(ProfileBundle.of(SHIPPED).files());
    }

    /** DSW's V tariff raised from 84.00 to 85.00 (still valid). */
    public static Map<String, String> changed() {
        Map<String, String> files = shipped();
        files.put(
                "dsw.yaml",
                files.get("dsw.yaml")
                        .replace(
                                "tariffs: {V: 84.00, PV: 66.00}",
                                "tariffs: {V: 85.00, PV: 66.00}"));
        return files;
    }

    /** DSW with a ceiling basis that does not exist: loads as YAML, fails validation. */
    public static Map<String, String> invalid() {
        Map<String, String> files = shipped();
        files.put(
                "dsw.yaml",
                files.get("dsw.yaml")
                        .replace("tariffCeiling: {basis: V}", "tariffCeiling: {basis: NONSENSE}"));
        return files;
    }

    public static String json(Map<String, String> files) {
        return new ProfileBundle(files).toJson("2025-03-01", "test set");
    }

    /** A correct bundle whose DSW text was changed afterwards, leaving its SHA-256 as it was. */
    public static String tampered() {
        String json = json(shipped());
        String changed = json.replaceFirst("V: 84\\.00", "V: 99.00");
        if (changed.equals(json)) {
            throw new IllegalStateException("fixture no longer finds DSW's tariff");
        }
        return changed;
    }

    /**
     * Every file and directory under {@code root} with a hash of its content: equal snapshots mean
     * nothing was touched.
     */
    public static Map<String, String> snapshot(Path root) {
        Map<String, String> map = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.toList()) {
                map.put(
                        root.relativize(p).toString(),
                        Files.isDirectory(p) ? "(dir)" : Sha256.hex(Files.readAllBytes(p)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }
}
