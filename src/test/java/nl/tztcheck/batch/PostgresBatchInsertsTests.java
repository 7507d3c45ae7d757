package nl.tztcheck.batch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.zaxxer.hikari.HikariDataSource;

class PostgresBatchInsertsTests {

    @Test
    void turnsOnBatchedInsertRewritingForPostgresqlOnly() {
        HikariDataSource pg = new HikariDataSource();
        pg.setJdbcUrl("jdbc:postgresql://127.0.0.1:5432/tztcheck");
        new PostgresBatchInserts().postProcessBeforeInitialization(pg, "dataSource");
        assertThat(pg.getDataSourceProperties()).containsEntry("reWriteBatchedInserts", "true");

        HikariDataSource h2 = new HikariDataSource();
        h2.setJdbcUrl("jdbc:h2:file:/tmp/x/tzt-check");
        new PostgresBatchInserts().postProcessBeforeInitialization(h2, "dataSource");
        assertThat(h2.getDataSourceProperties()).doesNotContainKey("reWriteBatchedInserts");

        assertThat(PostgresBatchInserts.applies("jdbc:postgresql://h/db?reWriteBatchedInserts=false")).isFalse();
    }
}
