package nl.tztcheck.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

class PostgresSessionSettingsTests {

    private static HikariDataSource settled(String url) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(url);
        new PostgresSessionSettings().postProcessBeforeInitialization(ds, "dataSource");
        return ds;
    }

    @Test
    void turnsOnBatchedInsertRewritingAndAsynchronousCommitsForPostgresqlOnly() {
        assertThat(settled("jdbc:postgresql://127.0.0.1:5432/tztcheck").getDataSourceProperties())
                .containsEntry("reWriteBatchedInserts", "true")
                .containsEntry("options", "-c synchronous_commit=off");
        assertThat(settled("jdbc:h2:file:/tmp/x/tzt-check").getDataSourceProperties()).isEmpty();
    }

    @Test
    void leavesASettingTheUrlNamesAsTheUrlSaysIt() {
        assertThat(
                        settled("jdbc:postgresql://h/db?reWriteBatchedInserts=false")
                                .getDataSourceProperties())
                .doesNotContainKey("reWriteBatchedInserts")
                .containsKey("options");
        assertThat(
                        settled("jdbc:postgresql://h/db?options=-c%20search_path%3Dtzt")
                                .getDataSourceProperties())
                .doesNotContainKey("options")
                .containsKey("reWriteBatchedInserts");
        assertThat(
                        settled("jdbc:postgresql://h/db?options=-c%20synchronous_commit%3Don")
                                .getDataSourceProperties())
                .doesNotContainKey("options");
    }
}
