package nl.tztcheck.batch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * A large result read row by row on a connection of its own, so memory does not grow with it:
 * PostgreSQL sends rows in batches of the fetch size only inside a transaction; H2 computes a
 * result lazily (instead of building all of it, spilling to temporary files past a limit) only when
 * the session asks for it. The connection is put back as it was found.
 */
final class StreamingQuery implements AutoCloseable {

    static final int FETCH_SIZE = 2000;

    private final Connection connection;
    private final boolean h2;
    private final PreparedStatement statement;
    private final ResultSet rows;

    StreamingQuery(DataSource dataSource, String sql, Object... parameters) throws SQLException {
        connection = dataSource.getConnection();
        try {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            h2 = connection.getMetaData().getURL().startsWith("jdbc:h2:");
            if (h2) {
                lazy(true);
            }
            statement =
                    connection.prepareStatement(
                            sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(FETCH_SIZE);
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            rows = statement.executeQuery();
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    ResultSet rows() {
        return rows;
    }

    private void lazy(boolean on) throws SQLException {
        try (var s = connection.createStatement()) {
            s.execute("SET LAZY_QUERY_EXECUTION " + (on ? "TRUE" : "FALSE"));
        }
    }

    @Override
    public void close() throws SQLException {
        try (connection) {
            rows.close();
            statement.close();
            connection.rollback();
            if (h2) {
                lazy(false);
            }
            connection.setReadOnly(false);
            connection.setAutoCommit(true);
        }
    }
}
