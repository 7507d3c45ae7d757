package nl.tztcheck.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.tztcheck.claims.ClaimSource;
import nl.tztcheck.claims.Reject;
import nl.tztcheck.claims.RowResult;
import org.junit.jupiter.api.Test;

class ReadAheadTests {

    /**
     * A source of {@code rows} rejects numbered from 2, with a blank row after every tenth, failing
     * at row {@code failAt} (0: never).
     */
    static final class CountingSource implements ClaimSource {
        final int rows;
        final int failAt;
        int handedOut;
        long blank;

        CountingSource(int rows, int failAt) {
            this.rows = rows;
            this.failAt = failAt;
        }

        @Override
        public RowResult next() {
            if (handedOut == failAt - 1 && failAt > 0) {
                throw new UncheckedIOException(
                        new java.io.IOException("disk read error at row " + failAt));
            }
            if (handedOut == rows) {
                return null;
            }
            handedOut++;
            if (handedOut % 10 == 0) {
                blank++;
            }
            return new RowResult.Rejected(new Reject(handedOut + 1, "f", "r", "raw"));
        }

        @Override
        public String maskedRawTextOfLast() {
            return "";
        }

        @Override
        public void skip(long n) {}

        @Override
        public long blankRows() {
            return blank;
        }

        @Override
        public String format() {
            return "CSV";
        }

        @Override
        public List<String> ignoredColumns() {
            return List.of();
        }

        @Override
        public void close() {}
    }

    @Test
    void everyRowComesOutOnceInFileOrderAndTheBlankRowsAreCountedToTheEnd() throws Exception {
        // given a source of several batches and a bit
        int n = ReadAhead.BATCH * 3 + 7;
        try (ReadAhead rows = new ReadAhead(new CountingSource(n, 0))) {
            // when it is read to the end
            List<Long> lineNos = new ArrayList<>();
            for (RowResult r = rows.next(); r != null; r = rows.next()) {
                lineNos.add(r.lineNo());
            }

            // then every row came, in order, and the end stays the end
            assertThat(lineNos).hasSize(n).isSorted().startsWith(2L).endsWith((long) n + 1);
            assertThat(rows.next()).isNull();
            assertThat(rows.blankRows()).isEqualTo(n / 10);
        }
    }

    @Test
    void anExportOfExactlyWholeBatchesEnds() throws Exception {
        try (ReadAhead rows = new ReadAhead(new CountingSource(ReadAhead.BATCH * 2, 0))) {
            int count = 0;
            while (rows.next() != null) {
                count++;
            }
            assertThat(count).isEqualTo(ReadAhead.BATCH * 2);
        }
    }

    @Test
    void aFailureOfTheParserReachesTheReaderAfterTheRowsBeforeIt() throws Exception {
        // given a source that fails at its 1,234th row
        try (ReadAhead rows = new ReadAhead(new CountingSource(5_000, 1_234))) {
            // when read, then the 1,233 rows before come out and then the failure, not an early end
            for (int i = 0; i < 1_233; i++) {
                assertThat(rows.next()).isNotNull();
            }
            assertThatThrownBy(rows::next)
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("row 1234");
        }
    }

    @Test
    void closingBeforeTheEndStopsTheParserThread() throws Exception {
        // given a large source of which only a few rows are read (a chunk failed, the step closes
        // its reader)
        ReadAhead rows = new ReadAhead(new CountingSource(10_000_000, 0));
        rows.next();

        // when closed, then it returns promptly although the parser was blocked on a full queue
        long start = System.nanoTime();
        rows.close();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(Thread.getAllStackTraces().keySet())
                .noneMatch(t -> t.getName().equals("tzt-read-ahead") && t.isAlive());
    }
}
