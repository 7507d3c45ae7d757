package nl.tztcheck.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Splits the check step by insurer code (UZOVI): a client-month never spans two codes, so no group
 * is split, and each partition reads its codes in the order of the outputs. Codes are dealt largest
 * first to the partition with the fewest technology lines so far, so the partitions get about the
 * same work although the market is not spread evenly. The same staged rows always give the same
 * partitions (a restart relies on it).
 */
public class CheckPartitioner implements Partitioner {

    /** The partition's UZOVI codes, comma-separated, in the order they are read. */
    static final String UZOVI = "uzovi";

    private final JdbcTemplate jdbc;
    private final StagingTables tables;

    public CheckPartitioner(JdbcTemplate jdbc, StagingTables tables) {
        this.jdbc = jdbc;
        this.tables = tables;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, Long> lines = new LinkedHashMap<>();
        jdbc.query(
                "SELECT uzovi, COUNT(*) FROM " + tables.tech() + " GROUP BY uzovi",
                rs -> {
                    lines.put(rs.getString(1), rs.getLong(2));
                });
        return contexts(deal(lines, gridSize));
    }

    /**
     * Codes dealt largest first to the lightest partition; each partition's codes in ascending
     * order.
     */
    static List<List<String>> deal(Map<String, Long> linesPerCode, int gridSize) {
        int n = Math.max(1, Math.min(gridSize, linesPerCode.size()));
        List<List<String>> parts = new ArrayList<>();
        long[] load = new long[n];
        for (int i = 0; i < n; i++) {
            parts.add(new ArrayList<>());
        }
        linesPerCode.entrySet().stream()
                .sorted(
                        Map.Entry.<String, Long>comparingByValue()
                                .reversed()
                                .thenComparing(Map.Entry.comparingByKey()))
                .forEach(
                        e -> {
                            int lightest = 0;
                            for (int i = 1; i < n; i++) {
                                lightest = load[i] < load[lightest] ? i : lightest;
                            }
                            parts.get(lightest).add(e.getKey());
                            load[lightest] += e.getValue();
                        });
        parts.forEach(p -> p.sort(Comparator.naturalOrder()));
        return parts;
    }

    private static Map<String, ExecutionContext> contexts(List<List<String>> parts) {
        Map<String, ExecutionContext> contexts = new LinkedHashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            ExecutionContext c = new ExecutionContext();
            c.putString(UZOVI, String.join(",", parts.get(i)));
            contexts.put("partition" + i, c);
        }
        return contexts;
    }

    /** The codes a partition's context names. */
    static List<String> codes(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(","));
    }
}
