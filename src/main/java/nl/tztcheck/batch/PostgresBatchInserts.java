package nl.tztcheck.batch;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

/**
 * On PostgreSQL, turns on the driver's {@code reWriteBatchedInserts}: the JDBC batches of the load and
 * check steps then go to the server as multi-row INSERTs instead of one statement per row (several
 * times faster for the staging table). Leaves the setting alone when the URL already names it, and
 * every other database untouched.
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
