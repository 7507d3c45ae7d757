package nl.tztcheck.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class JdbcBatchInsertTests {

    @Test
    void rowsArriveWholeWhateverTheirNumberAgainstTheRowsPerStatement() {
        // given a table and 250 rows: two statements of 100 rows and one of the remaining 50
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:bulk;DB_CLOSE_DELAY=-1");
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        jdbc.execute("CREATE TABLE t (n BIGINT PRIMARY KEY, s VARCHAR, d DATE, b BOOLEAN)");
        List<Object[]> rows = new ArrayList<>();
        for (long n = 1; n <= 250; n++) {
            rows.add(
                    new Object[] {
                        n,
                        n % 7 == 0 ? null : "v" + n,
                        LocalDate.of(2024, 1, 1).plusDays(n),
                        n % 2 == 0
                    });
        }

        // when they are inserted in bulk
        BulkInsert bulk = BulkInsert.of(jdbc);
        bulk.insert("t", List.of("n", "s", "d", "b"), rows);

        // then every row is there with its values
        assertThat(bulk).isInstanceOf(JdbcBatchInsert.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM t", Long.class)).isEqualTo(250);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM t WHERE s IS NULL", Long.class))
                .isEqualTo(35);
        assertThat(jdbc.queryForObject("SELECT d FROM t WHERE n = 250", LocalDate.class))
                .isEqualTo(LocalDate.of(2024, 9, 7));
        assertThat(jdbc.queryForObject("SELECT SUM(n) FROM t WHERE b", Long.class))
                .isEqualTo(15_750);
        bulk.insert("t", List.of("n", "s", "d", "b"), List.of());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM t", Long.class)).isEqualTo(250);
    }

    @Test
    void aStatementHoldsItsRowsAsOneMultiRowInsert() {
        assertThat(JdbcBatchInsert.sql("t", List.of("a", "b"), 3))
                .isEqualTo("INSERT INTO t (a, b) VALUES (?, ?), (?, ?), (?, ?)");
    }
}
