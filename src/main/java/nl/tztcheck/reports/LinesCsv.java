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

    private final CsvRow row;

    public LinesCsv(Writer out, ClientPseudonymizer pseudonymizer) {
        this.csv = CsvCells.writer(out);
        this.pseudonymizer = pseudonymizer;
        csv.writeNext(HEADER, false);
        this.row = new CsvRow(out);
    }

    public void write(LineResult r) {
        ClaimLine l = r.line();
        row.cell(l.lineNo())
                .cell(CsvCells.text(l.lineId()))
                .cell(pseudonymizer.pseudonym(l.clientId()))
                .cell(l.uzovi())
                .repeatedCell(r.insurer())
                .cell(CsvCells.text(r.profileVersion()))
                .cell(l.serviceDate().toString())
                .cell(l.technology() == null ? "" : l.technology().name())
                .cell(CsvCells.text(l.product() == null ? "" : l.product()))
                .cell(l.credit() ? "C" : "D")
                .cell(r.status().name())
                .cell(l.minutes())
                .cell(r.allowedMinutes())
                .cell(l.hourlyTariff().cents())
                .cell(r.claimed())
                .cell(r.reimbursable())
                .cell(r.atRisk())
                .cell(r.unchecked())
                .cell(codes(r))
                .end();
    }

    private static String codes(LineResult r) {
        if (r.codes().isEmpty()) {
            return "";
        }
        if (r.codes().size() == 1) {
            return r.codes().get(0).name();
        }
        return r.codes().stream().map(FindingCode::name).collect(Collectors.joining(" "));
    }

    @Override
    public void close() throws IOException {
        csv.flush();
    }
}
