package nl.tztcheck.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LongSetTests {

    @Test
    void countsDistinctValuesExactlyAsAHashSetDoes() {
        // given 300,000 draws from 100,000 client-month keys (seeded), the extremes of long among
        // them
        SplittableRandom random = new SplittableRandom(7);
        LongSet set = new LongSet();
        Set<Long> reference = new HashSet<>();
        long[] special = {0L, -1L, Long.MIN_VALUE, Long.MAX_VALUE};
        for (long v : special) {
            assertThat(set.add(v)).isEqualTo(reference.add(v));
        }

        // when they are added, then each add says what a HashSet says, and the sizes agree
        for (int i = 0; i < 300_000; i++) {
            long client = random.nextLong(100_000);
            long key =
                    ClientKeys.clientMonth(
                            client, java.time.YearMonth.of(2024, 1 + random.nextInt(3)));
            assertThat(set.add(key)).isEqualTo(reference.add(key));
        }
        assertThat(set.size()).isEqualTo(reference.size());
        assertThat(set.add(Long.MIN_VALUE)).isFalse();
    }

    @Test
    void aPseudonymIsItsFortyEightBitsAndAnythingElseCountsApart() {
        assertThat(ClientKeys.client("P-00000000000a")).isEqualTo(10L);
        assertThat(ClientKeys.client("P-ffffffffffff")).isEqualTo((1L << 48) - 1);
        assertThat(ClientKeys.client("C1")).isGreaterThanOrEqualTo(1L << 48);
    }
}
