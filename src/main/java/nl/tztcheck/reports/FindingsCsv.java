package nl.tztcheck.reports;

import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.Writer;
import nl.tztcheck.findings.Finding;
import nl.tztcheck.money.Money;

/**
 * findings.csv: one row per finding (spec 4 and 5). Money twice: in cents for reconciliation to the
 * cent, and in Dutch euros (1.234,56) for people in Excel. {@code underclaimed_*} is the money an
 * AMOUNT_MISMATCH line left unclaimed (declared below minutes x tariff / 60), apart from at risk.
 */
public final class FindingsCsv implements AutoCloseable {

    public static final String[] HEADER = {
        "key",
        "code",
        "severity",
        "retourcode",
        "line_id",
        "line_no",
        "client",
        "uzovi",
        "insurer",
        "profile_version",
        "month",
        "technology",
        "minutes_claimed",
        "minutes_allowed",
        "claimed_cents",
        "reimbursable_cents",
        "at_risk_cents",
        "cost_gap_cents",
        "underclaimed_cents",
        "claimed_eur",
        "reimbursable_eur",
        "at_risk_eur",
        "cost_gap_eur",
        "underclaimed_eur",
        "message",
        "source"
    };

    private final ICSVWriter csv;
    private final CsvRow row;

    public FindingsCsv(Writer out) {
        this.csv = CsvCells.writer(out);
        csv.writeNext(HEADER, false);
        this.row = new CsvRow(out);
    }

    public void write(Finding f) {
        row.cell(f.key())
                .cell(f.code().name())
                .cell(f.severity().name())
                .cell(f.retourcode())
                .cell(CsvCells.text(f.lineId()))
                .cell(f.lineNo() == 0 ? "" : Long.toString(f.lineNo()))
                .cell(f.client())
                .cell(f.uzovi())
                .repeatedCell(f.insurer())
                .cell(CsvCells.text(f.profileVersion()))
                .cell(f.month().toString())
                .cell(f.technology() == null ? "" : f.technology().name())
                .cell(f.minutesClaimed())
                .cell(f.minutesAllowed())
                .cell(f.claimedCents())
                .cell(f.reimbursableCents())
                .cell(f.atRiskCents())
                .cell(f.costGapCents())
                .cell(f.underclaimedCents())
                .cell(euro(f.claimedCents()))
                .cell(euro(f.reimbursableCents()))
                .cell(euro(f.atRiskCents()))
                .cell(euro(f.costGapCents()))
                .cell(euro(f.underclaimedCents()))
                .cell(CsvCells.text(f.message()))
                .repeatedCell(CsvCells.text(f.source()))
                .end();
    }

    static String euro(long cents) {
        return Money.cents(cents).toDutchString();
    }

    @Override
    public void close() throws IOException {
        csv.flush();
    }
}
