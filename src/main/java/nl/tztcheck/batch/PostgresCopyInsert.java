package nl.tztcheck.batch;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows through PostgreSQL's {@code COPY ... FROM STDIN} in its text format, on the connection of
 * the current transaction (so a failed chunk rolls its rows back like any insert).
 */
final class PostgresCopyInsert implements BulkInsert {

    private final JdbcTemplate jdbc;

    PostgresCopyInsert(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(String table, List<String> columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        StringBuilder data = new StringBuilder(rows.size() * 96);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    data.append('\t');
                }
                append(data, row[i]);
            }
            data.append('\n');
        }
        String sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN";
        jdbc.execute(
                (java.sql.Connection c) -> {
                    try {
                        return c.unwrap(PGConnection.class)
                                .getCopyAPI()
                                .copyIn(sql, new StringReader(data.toString()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    /**
     * A value in COPY's text format: NULL as \N, booleans as t/f, backslash and the separators
     * escaped.
     */
    static void append(StringBuilder out, Object value) {
        if (value == null) {
            out.append("\\N");
        } else if (value instanceof Boolean b) {
            out.append(b ? 't' : 'f');
        } else if (value instanceof String s) {
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                switch (ch) {
                    case '\\' -> out.append("\\\\");
                    case '\t' -> out.append("\\t");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    default -> out.append(ch);
                }
            }
        } else {
            out.append(value); // numbers, and LocalDate as yyyy-mm-dd
        }
    }
}
