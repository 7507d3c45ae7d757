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

    public FindingsCsv(Writer out) {
        this.csv = CsvCells.writer(out);
        csv.writeNext(HEADER, false);
    }

    public void write(Finding f) {
        csv.writeNext(
                new String[] {
                    f.key(),
                    f.code().name(),
                    f.severity().name(),
                    f.retourcode(),
                    CsvCells.text(f.lineId()),
                    f.lineNo() == 0 ? "" : Long.toString(f.lineNo()),
                    f.client(),
                    f.uzovi(),
                    f.insurer(),
                    CsvCells.text(f.profileVersion()),
                    f.month().toString(),
                    f.technology() == null ? "" : f.technology().name(),
                    Integer.toString(f.minutesClaimed()),
                    Integer.toString(f.minutesAllowed()),
                    Long.toString(f.claimedCents()),
                    Long.toString(f.reimbursableCents()),
                    Long.toString(f.atRiskCents()),
                    Long.toString(f.costGapCents()),
                    Long.toString(f.underclaimedCents()),
                    euro(f.claimedCents()),
                    euro(f.reimbursableCents()),
                    euro(f.atRiskCents()),
                    euro(f.costGapCents()),
                    euro(f.underclaimedCents()),
                    CsvCells.text(f.message()),
                    CsvCells.text(f.source())
                },
                false);
    }

    static String euro(long cents) {
        return Money.cents(cents).toDutchString();
    }

    @Override
    public void close() throws IOException {
        csv.flush();
    }
}
