package nl.tztcheck.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckPartitionerTests {

    /**
     * Technology lines per UZOVI code, skewed as the market is: one concern's labels hold a third.
     */
    static Map<String, Long> market() {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("3311", 30_000L);
        m.put("3343", 25_000L);
        m.put("7029", 20_000L);
        m.put("3358", 10_000L);
        m.put("3361", 8_000L);
        m.put("9664", 4_000L);
        m.put("0104", 2_000L);
        m.put("8401", 1_000L);
        return m;
    }

    @Test
    void everyCodeGoesToExactlyOnePartitionAndTheLoadIsSpreadEvenly() {
        // when the codes are dealt over two partitions
        List<List<String>> parts = CheckPartitioner.deal(market(), 2);

        // then all eight codes are covered once, and the partitions differ by less than the
        // smallest code dealt last
        assertThat(parts).hasSize(2);
        assertThat(parts.stream().flatMap(List::stream))
                .containsExactlyInAnyOrderElementsOf(market().keySet());
        long first = parts.get(0).stream().mapToLong(market()::get).sum();
        long second = parts.get(1).stream().mapToLong(market()::get).sum();
        assertThat(first + second).isEqualTo(100_000L);
        // largest first to the lighter partition: one gets 30, 10, 8 and 2, the other 25, 20, 4 and
        // 1: 50,000 each
        assertThat(Math.abs(first - second)).isLessThanOrEqualTo(1_000L);
    }

    @Test
    void theSameCountsAlwaysGiveTheSamePartitionsWithTheirCodesInOrder() {
        Map<String, Long> reversed = new LinkedHashMap<>();
        List<String> codes = List.copyOf(market().keySet());
        for (int i = codes.size() - 1; i >= 0; i--) {
            reversed.put(codes.get(i), market().get(codes.get(i)));
        }
        List<List<String>> parts = CheckPartitioner.deal(market(), 3);
        assertThat(CheckPartitioner.deal(reversed, 3)).isEqualTo(parts);
        parts.forEach(p -> assertThat(p).isSorted());
    }

    @Test
    void fewerCodesThanWorkersGiveOnePartitionPerCodeAndNoCodesGiveOneEmptyPartition() {
        assertThat(CheckPartitioner.deal(Map.of("3311", 5L), 4)).containsExactly(List.of("3311"));
        assertThat(CheckPartitioner.deal(Map.of(), 2)).containsExactly(List.of());
        assertThat(CheckPartitioner.codes("")).isEmpty();
        assertThat(CheckPartitioner.codes("3311,3343")).containsExactly("3311", "3343");
    }
}
