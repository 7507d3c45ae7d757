package nl.tztcheck.batch;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

/**
 * On PostgreSQL, turns on the driver's {@code reWriteBatchedInserts}: the remaining JDBC batches (the
 * prepare step's updates, superseded findings) then go to the server as multi-row statements instead
 * of one statement per row; the staging and result rows themselves go by COPY ({@link PostgresCopyInsert}).
 * Leaves the setting alone when the URL already names it, and every other database untouched.
 */
@Component
public class PostgresBatchInserts implements BeanPostProcessor {

    static final String PROPERTY = "reWriteBatchedInserts";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource ds && applies(ds.getJdbcUrl()) && !ds.getDataSourceProperties().containsKey(PROPERTY)) {
            ds.addDataSourceProperty(PROPERTY, "true");
        }
        return bean;
    }

    static boolean applies(String jdbcUrl) {
        return jdbcUrl != null && jdbcUrl.startsWith("jdbc:postgresql:") && !jdbcUrl.contains(PROPERTY);
    }
}
