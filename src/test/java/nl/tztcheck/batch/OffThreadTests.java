package nl.tztcheck.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OffThreadTests {

    @Test
    void itemsAreConsumedInOrderAndAllOfThemBeforeCloseReturns() {
        List<Integer> consumed = new ArrayList<>();
        try (OffThread<Integer> off = new OffThread<>("test-consumer", consumed::add)) {
            for (int i = 0; i < 20_000; i++) {
                off.accept(i);
            }
        }
        assertThat(consumed).hasSize(20_000).isSorted();
    }

    @Test
    void aFailureOfTheConsumerIsThrownByCloseAndNeverBlocksTheProducer() {
        // given a consumer that fails on its tenth item, and a producer with far more items than
        // the queue holds
        OffThread<Integer> off =
                new OffThread<>(
                        "test-consumer",
                        i -> {
                            if (i == 9) {
                                throw new IllegalStateException(
                                        "disk full while writing item " + i);
                            }
                        });
        for (int i = 0; i < 100_000; i++) {
            off.accept(i);
        }

        // when it is closed, then the consumer's failure comes out
        assertThatThrownBy(off::close)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("item 9");
    }
}
