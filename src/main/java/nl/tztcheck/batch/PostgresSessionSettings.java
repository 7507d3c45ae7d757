package nl.tztcheck.batch;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, two settings of the driver for a batch job, each left alone when the URL names it:
 *
 * <ul>
 *   <li>{@code reWriteBatchedInserts=true}: the remaining JDBC batches (the prepare step's updates,
 *       superseded findings) go to the server as multi-row statements; the staged and result rows
 *       themselves go by COPY ({@link PostgresCopyInsert}).
 *   <li>{@code synchronous_commit=off} for the job's sessions: a commit (one per chunk) does not
 *       wait for its write-ahead log to reach the disk, which saved a tenth of the check of a
 *       million lines. A crash of the database server can then lose the last fraction of a second
 *       of commits, but never half of one: the chunk's rows and the job repository's record of it
 *       are in the same transaction, so the restart resumes from an earlier chunk and nothing is
 *       counted twice or lost.
 * </ul>
 *
 * Every other database is left untouched.
 */
@Component
public class PostgresSessionSettings implements BeanPostProcessor {

    static final String BATCHED_INSERTS = "reWriteBatchedInserts";
    static final String OPTIONS = "options";
    static final String ASYNC_COMMIT = "-c synchronous_commit=off";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource ds && postgres(ds.getJdbcUrl())) {
            String url = ds.getJdbcUrl();
            if (!url.contains(BATCHED_INSERTS)
                    && !ds.getDataSourceProperties().containsKey(BATCHED_INSERTS)) {
                ds.addDataSourceProperty(BATCHED_INSERTS, "true");
            }
            if (!url.contains(OPTIONS + "=")
                    && !url.contains("synchronous_commit")
                    && !ds.getDataSourceProperties().containsKey(OPTIONS)) {
                ds.addDataSourceProperty(OPTIONS, ASYNC_COMMIT);
            }
        }
        return bean;
    }

    static boolean postgres(String jdbcUrl) {
        return jdbcUrl != null && jdbcUrl.startsWith("jdbc:postgresql:");
    }
}
