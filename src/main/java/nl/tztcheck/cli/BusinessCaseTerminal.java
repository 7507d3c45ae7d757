package nl.tztcheck.cli;

import java.io.PrintWriter;
import java.util.List;
import nl.tztcheck.businesscase.BusinessCaseCosts;
import nl.tztcheck.businesscase.InsurerCase;
import nl.tztcheck.businesscase.Outcome;
import nl.tztcheck.businesscase.Scenario;
import nl.tztcheck.comparison.output.Wording;
import nl.tztcheck.comparison.report.BusinessCaseReport;

/**
 * business-case's terminal summary: one line per insurer, every amount with its trust, in the
 * command's language.
 */
final class BusinessCaseTerminal {

    private BusinessCaseTerminal() {}

    static void print(
            PrintWriter out,
            Scenario s,
            BusinessCaseCosts costs,
            List<InsurerCase> cases,
            Wording w) {
        out.println(
                w.get(
                        "terminal.title",
                        "what",
                        BusinessCaseReport.what(s, w),
                        "date",
                        w.date(s.start()),
                        "months",
                        s.months(),
                        "trust",
                        w.trust(costs.trust())));
        for (InsurerCase c : cases) {
            String text =
                    c.month().isEmpty()
                            ? w.get("terminal.none", "outcome", BusinessCaseReport.outcome(c, w))
                            : w.get(
                                    "terminal.row",
                                    "provider",
                                    BusinessCaseReport.withTrust(
                                            c.month().get().provider(), c.providerTrust(), w),
                                    "payback",
                                    c.paybackMonth().isPresent()
                                            ? w.get(
                                                    "terminal.payback",
                                                    "month",
                                                    c.paybackMonth().getAsInt())
                                            : w.get("terminal.never"),
                                    "providerTotal",
                                    BusinessCaseReport.withTrust(
                                            c.providerTotal().orElseThrow(), c.providerTrust(), w),
                                    "months",
                                    s.months(),
                                    "insurer",
                                    BusinessCaseReport.withTrust(
                                            c.month().get().insurer(), c.insurerTrust(), w),
                                    "insurerTotal",
                                    BusinessCaseReport.withTrust(
                                            c.insurerTotal().orElseThrow(), c.insurerTrust(), w));
            if (c.month().isPresent() && c.outcome() != Outcome.PAID) {
                text = text + " (" + BusinessCaseReport.outcome(c, w) + ")";
            }
            out.printf("  %-26s %s%n", c.insurerName(), text);
        }
    }
}
