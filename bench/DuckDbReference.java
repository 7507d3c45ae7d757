// The DuckDB reference of BENCHMARKS.md: the lower bound's core aggregate, computed by an embedded
// columnar engine straight from the CSV. Not part of tzt-check (DuckDB is not in its jar); bench/run.sh
// fetches the driver and the bench command runs this file as its own process:
//
//   java -cp target/bench-lib/duckdb_jdbc-1.1.3.jar bench/DuckDbReference.java claims.csv
//
// It sums the minutes of the 1062 lines per client, insurer and month and counts the client-months
// above the national monthly cap of 390 minutes. That is as close to the check as plain SQL on the CSV
// gets: no profiles, no eligibility, no category caps, no credits. Time is taken inside the process
// (connect, read, aggregate), without JVM start; it prints one line the bench reads back.
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

public class DuckDbReference {

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: java -cp duckdb_jdbc.jar bench/DuckDbReference.java CLAIMS.csv");
            System.exit(2);
        }
        Path csv = Path.of(args[0]).toAbsolutePath();
        // the generated exports: Dutch Excel (';', dd-mm-yyyy, Windows-1252) or plain (',', ISO, UTF-8);
        // every column is read as text and named by position, as the header words differ per style
        String header;
        try (BufferedReader r =
                new BufferedReader(
                        new InputStreamReader(Files.newInputStream(csv), StandardCharsets.ISO_8859_1))) {
            header = r.readLine();
        }
        char sep = header != null && header.indexOf(';') >= 0 ? ';' : ',';
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = c.createStatement()) {
            String read =
                    "read_csv('" + csv.toString().replace("'", "''") + "', delim='" + sep + "', header=true,"
                            + " all_varchar=true, quote='\"', null_padding=true, ignore_errors=true,"
                            + " names=['line_id','client_id','bsn','uzovi','code','d','minutes','tariff',"
                            + "'amount','technology','product','law','debit_credit','corrects','wlz','approval'])";
            // the month as the CSV writes it: mm-yyyy of dd-mm-yyyy, or yyyy-mm of an ISO date
            String month = "CASE WHEN substr(d, 3, 1) = '-' THEN substr(d, 4, 7) ELSE substr(d, 1, 7) END";
            String sql =
                    "WITH rows AS (SELECT * FROM " + read + "),"
                            + " months AS (SELECT client_id, uzovi, " + month + " AS m, sum(TRY_CAST(minutes AS INTEGER)) AS mins"
                            + " FROM rows WHERE code = '1062' AND TRY_CAST(minutes AS INTEGER) > 0"
                            + " AND coalesce(debit_credit, 'D') <> 'C' GROUP BY 1, 2, 3)"
                            + " SELECT (SELECT count(*) FROM rows), count(*), count(*) FILTER (WHERE mins > 390) FROM months";
            try (ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                long nanos = System.nanoTime() - start;
                System.out.println(
                        "duckdb rows=" + rs.getLong(1) + " client_months=" + rs.getLong(2)
                                + " over_390=" + rs.getLong(3) + " nanos=" + nanos);
            }
        }
    }
}
