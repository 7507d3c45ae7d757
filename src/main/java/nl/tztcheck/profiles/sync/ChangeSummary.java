package nl.tztcheck.profiles.sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Which profile files a sync or rollback added, removed or changed (compared by SHA-256), in name
 * order.
 */
public record ChangeSummary(
        List<String> added, List<String> removed, List<String> changed, int unchanged) {

    public ChangeSummary {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    /**
     * @param before may be null or missing (first sync)
     */
    public static ChangeSummary between(Path before, Path after) {
        Map<String, String> old = hashes(before);
        Map<String, String> now = hashes(after);
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        int same = 0;
        for (Map.Entry<String, String> e : now.entrySet()) {
            String was = old.get(e.getKey());
            if (was == null) {
                added.add(e.getKey());
            } else if (!was.equals(e.getValue())) {
                changed.add(e.getKey());
            } else {
                same++;
            }
        }
        List<String> removed = old.keySet().stream().filter(n -> !now.containsKey(n)).toList();
        return new ChangeSummary(added, removed, changed, same);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    /**
     * One line per file: {@code + vgz.yaml (added)}, {@code ~ cz.yaml (changed)}, {@code - dsw.yaml
     * (removed)}, then a count.
     */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        added.forEach(n -> lines.add("+ " + n + " (added)"));
        changed.forEach(n -> lines.add("~ " + n + " (changed)"));
        removed.forEach(n -> lines.add("- " + n + " (removed)"));
        lines.add(unchanged + " file(s) unchanged");
        return lines;
    }

    private static Map<String, String> hashes(Path dir) {
        Map<String, String> map = new TreeMap<>();
        if (dir == null || !Files.isDirectory(dir)) {
            return map;
        }
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String n = p.getFileName().toString();
                if (n.endsWith(".yaml") || n.endsWith(".yml")) {
                    map.put(n, Sha256.hex(Files.readAllBytes(p)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }
}
