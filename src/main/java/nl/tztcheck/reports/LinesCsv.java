package nl.tztcheck.reports;

import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.stream.Collectors;
import nl.tztcheck.claims.ClaimLine;
import nl.tztcheck.findings.ClientPseudonymizer;
import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.rules.LineResult;

/**
 * lines.csv: every technology line with its outcome, so each euro in the summary can be traced to a
 * line: claimed = reimbursable + at risk + unchecked on every line counted in the totals.
 */
public final class LinesCsv implements AutoCloseable {

    public static final String[] HEADER = {
        "line_no",
        "line_id",
        "client",
        "uzovi",
        "insurer",
        "profile_version",
        "service_date",
        "technology",
        "product",
        "debit_credit",
        "status",
        "minutes",
        "minutes_allowed",
        "hourly_tariff_cents",
        "claimed_cents",
        "reimbursable_cents",
        "at_risk_cents",
        "unchecked_cents",
        "codes"
    };

    private final ICSVWriter csv;
    private final ClientPseudonymizer pseudonymizer;

    public LinesCsv(Writer out, ClientPseudonymizer pseudonymizer) {
        this.csv = CsvCells.writer(out);
        this.pseudonymizer = pseudonymizer;
        csv.writeNext(HEADER, false);
    }

    public void write(LineResult r) {
        ClaimLine l = r.line();
        csv.writeNext(
                new String[] {
                    Long.toString(l.lineNo()),
                    CsvCells.text(l.lineId()),
                    pseudonymizer.pseudonym(l.clientId()),
                    l.uzovi(),
                    r.insurer(),
                    CsvCells.text(r.profileVersion()),
                    l.serviceDate().toString(),
                    l.technology() == null ? "" : l.technology().name(),
                    CsvCells.text(l.product() == null ? "" : l.product()),
                    l.credit() ? "C" : "D",
                    r.status().name(),
                    Integer.toString(l.minutes()),
                    Integer.toString(r.allowedMinutes()),
                    Long.toString(l.hourlyTariff().cents()),
                    Long.toString(r.claimed()),
                    Long.toString(r.reimbursable()),
                    Long.toString(r.atRisk()),
                    Long.toString(r.unchecked()),
                    r.codes().stream().map(FindingCode::name).collect(Collectors.joining(" "))
                },
                false);
    }

    @Override
    public void close() throws IOException {
        csv.flush();
    }
}
