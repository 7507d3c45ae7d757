package nl.tztcheck.comparison.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.tztcheck.businesscase.InsurerCase;
import nl.tztcheck.businesscase.MonthlyResult;
import nl.tztcheck.businesscase.Scenario;
import nl.tztcheck.comparison.output.Cell;
import nl.tztcheck.comparison.output.Table;
import nl.tztcheck.comparison.output.Wording;
import nl.tztcheck.money.Money;

/**
 * business-case.csv (one row per insurer, amounts in cents) and business-case-months.csv
 * (cumulative per month).
 */
final class BusinessCaseCsv {

    private BusinessCaseCsv() {}

    /**
     * Column names, codes and cents are the same in every language; trust labels and the outcome
     * text follow it.
     */
    static Table perInsurer(BusinessCaseReport.Input in, Wording w) {
        Table.Builder t =
                new Table.Builder(
                        "business-case",
                        "insurer",
                        "insurer_name",
                        "version",
                        "technology",
                        "product",
                        "outcome",
                        "planned_minutes",
                        "allowed_minutes",
                        "saved_minutes",
                        "paid_per_hour_cents",
                        "regular_per_hour_cents",
                        "reimbursement_cents",
                        "device_cents",
                        "monitoring_cents",
                        "lost_regular_cents",
                        "staff_freed_cents",
                        "provider_month_cents",
                        "insurer_month_cents",
                        "one_off_cents",
                        "months",
                        "payback_month",
                        "provider_total_cents",
                        "insurer_total_cents",
                        "profile_trust",
                        "cost_trust",
                        "provider_trust",
                        "insurer_trust",
                        "provider_trust_label",
                        "insurer_trust_label",
                        "outcome_text");
        Scenario s = in.scenario();
        for (InsurerCase c : in.cases()) {
            List<Cell> row =
                    new ArrayList<>(
                            List.of(
                                    Cell.text(c.insurerId()),
                                    Cell.text(c.insurerName()),
                                    Cell.text(c.version()),
                                    Cell.text(s.technology().name()),
                                    Cell.text(s.product().orElse("")),
                                    Cell.text(c.outcome().name())));
            Optional<MonthlyResult> m = c.month();
            row.add(num(m.map(MonthlyResult::plannedMinutes)));
            row.add(num(m.map(MonthlyResult::allowedMinutes)));
            row.add(num(m.map(MonthlyResult::savedMinutes)));
            row.add(cents(m.map(MonthlyResult::paidPerHour)));
            row.add(cents(m.map(MonthlyResult::regularPerHour)));
            row.add(cents(m.map(MonthlyResult::reimbursement)));
            row.add(cents(m.map(MonthlyResult::device)));
            row.add(cents(m.map(MonthlyResult::monitoring)));
            row.add(cents(m.map(MonthlyResult::lostRegular)));
            row.add(cents(m.map(MonthlyResult::staffFreed)));
            row.add(cents(m.map(MonthlyResult::provider)));
            row.add(cents(m.map(MonthlyResult::insurer)));
            row.add(Cell.num(c.oneOff().cents()));
            row.add(Cell.num(c.months()));
            row.add(
                    Cell.num(
                            m.isEmpty()
                                    ? ""
                                    : c.paybackMonth().isPresent()
                                            ? String.valueOf(c.paybackMonth().getAsInt())
                                            : "never"));
            row.add(cents(c.providerTotal()));
            row.add(cents(c.insurerTotal()));
            row.add(Cell.text(c.profileTrust().code()));
            row.add(Cell.text(c.costTrust().code()));
            row.add(Cell.text(c.providerTrust().code()));
            row.add(Cell.text(c.insurerTrust().code()));
            row.add(Cell.text(w.trust(c.providerTrust())));
            row.add(Cell.text(w.trust(c.insurerTrust())));
            row.add(Cell.text(BusinessCaseReport.outcome(c, w)));
            t.row(row);
        }
        return t.build();
    }

    /** Month 0 is the start (the one-off cost paid); month k the result after k months. */
    static Table perMonth(BusinessCaseReport.Input in) {
        Table.Builder t =
                new Table.Builder(
                        "business-case-months",
                        "insurer",
                        "month",
                        "provider_cumulative_cents",
                        "insurer_cumulative_cents",
                        "provider_trust",
                        "insurer_trust");
        for (InsurerCase c : in.cases()) {
            if (c.month().isEmpty()) {
                continue;
            }
            for (int k = 0; k <= c.months(); k++) {
                t.row(
                        Cell.text(c.insurerId()),
                        Cell.num(k),
                        Cell.num(c.providerCumulative(k).orElseThrow().cents()),
                        Cell.num(c.insurerCumulative(k).orElseThrow().cents()),
                        Cell.text(c.providerTrust().code()),
                        Cell.text(c.insurerTrust().code()));
            }
        }
        return t.build();
    }

    private static Cell num(Optional<Integer> minutes) {
        return Cell.num(minutes.map(String::valueOf).orElse(""));
    }

    private static Cell cents(Optional<Money> amount) {
        return Cell.num(amount.map(a -> String.valueOf(a.cents())).orElse(""));
    }
}
