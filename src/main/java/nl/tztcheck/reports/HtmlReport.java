package nl.tztcheck.reports;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import nl.tztcheck.claims.Reject;
import nl.tztcheck.findings.Finding;
import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.money.Money;
import nl.tztcheck.rules.Rule;
import nl.tztcheck.rules.RuleCatalogue;

/**
 * report.html: one self-contained page (no scripts, fonts or network) for a finance employee:
 * the totals, each insurer side by side, and the findings grouped by code with what they mean
 * and what to do, readable without opening the CSV.
 */
public final class HtmlReport {

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Arial,sans-serif;margin:2rem;color:#1a1a1a;max-width:80rem}
            h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:2px solid #d0d7de;padding-bottom:.3rem}
            table{border-collapse:collapse;margin:.5rem 0 1rem}th,td{border:1px solid #d0d7de;padding:.3rem .6rem;text-align:left;vertical-align:top}
            th{background:#f3f5f7}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            .cards{display:flex;flex-wrap:wrap;gap:1rem}.card{border:1px solid #d0d7de;border-radius:6px;padding:.8rem 1rem;min-width:11rem}
            .card .v{font-size:1.4rem;font-weight:600}.ERROR{color:#b00020}.WARNING{color:#8a5300}.INFO{color:#0b5394}
            .muted{color:#57606a;font-size:.9rem}section.code{margin-bottom:1.5rem}
            @media print{body{margin:0}.card{break-inside:avoid}section.code{break-inside:avoid}}
            """;

    private HtmlReport() {
    }

    public static void write(Writer out, RunSummary s) throws IOException {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>tzt-check: ").append(Html.esc(s.run().inputFile())).append("</title><style>")
                .append(STYLE).append("</style></head><body>\n");
        h.append("<h1>Thuiszorgtechnologie (1062) check: ").append(Html.esc(s.run().inputFile())).append("</h1>\n");
        h.append("<p class=\"muted\">Checked ").append(Html.esc(String.valueOf(s.run().finishedAt())))
                .append(" &middot; input SHA-256 ").append(Html.esc(s.run().inputSha256()))
                .append(" &middot; profiles ").append(Html.esc(s.run().profileFingerprint().substring(0, 12)))
                .append(" &middot; clients appear only as pseudonyms</p>\n");
        cards(h, s);
        insurers(h, s);
        findings(h, s);
        rejects(h, s);
        h.append("<h2>How to read this</h2><p>Money at risk is what the insurer will likely not pay: whole lines that are not"
                + " eligible or duplicated, minutes above a cap and tariff above the ceiling. Unchecked is money on lines no"
                + " insurer profile covers. The cost gap is what the technology costs beyond what the insurer reimburses for"
                + " it. Every figure traces to lines.csv and findings.csv; summary.json has the same figures in cents.</p>\n");
        h.append("</body></html>\n");
        out.write(h.toString());
    }

    private static void cards(StringBuilder h, RunSummary s) {
        var c = s.lines();
        var t = s.totals();
        h.append("<h2>At a glance</h2><div class=\"cards\">");
        card(h, "Lines read", c.read() + "", c.technology() + " technology, " + c.regularCare() + " regular care, "
                + c.other() + " other, " + c.rejected() + " rejected");
        card(h, "Claimed (1062)", eur(t.claimed()), "debit lines not reversed");
        card(h, "Reimbursable", eur(t.reimbursable()), "what the profiles allow");
        card(h, "Money at risk", eur(t.atRisk()), s.findingsOf(nl.tztcheck.findings.Severity.ERROR) + " error findings");
        card(h, "Unchecked", eur(t.unchecked()), "no insurer profile");
        card(h, "Cost gap", eur(t.costGap()), "technology cost not covered");
        h.append("</div>\n<p>").append(t.reconciles() ? "Reconciles: claimed = reimbursable + at risk + unchecked, to the cent."
                : "<strong class=\"ERROR\">Does not reconcile: report this as a bug.</strong>").append("</p>\n");
    }

    private static void card(StringBuilder h, String label, String value, String note) {
        h.append("<div class=\"card\"><div>").append(Html.esc(label)).append("</div><div class=\"v\">").append(Html.esc(value))
                .append("</div><div class=\"muted\">").append(Html.esc(note)).append("</div></div>");
    }

    private static void insurers(StringBuilder h, RunSummary s) {
        h.append("<h2>Per insurer</h2><table><caption class=\"muted\">Technology lines per insurer profile, euros</caption><thead><tr>"
                + "<th scope=\"col\">Insurer</th><th scope=\"col\">UZOVI</th><th scope=\"col\" class=\"num\">Lines</th>"
                + "<th scope=\"col\" class=\"num\">Claimed</th><th scope=\"col\" class=\"num\">Reimbursable</th>"
                + "<th scope=\"col\" class=\"num\">At risk</th><th scope=\"col\" class=\"num\">Unchecked</th>"
                + "<th scope=\"col\" class=\"num\">Cost gap</th><th scope=\"col\" class=\"num\">Findings</th></tr></thead><tbody>");
        for (InsurerSummary i : s.insurers()) {
            long n = i.findingsByCode().values().stream().mapToLong(Long::longValue).sum();
            h.append("<tr><th scope=\"row\">").append(Html.esc(i.name())).append("</th><td>")
                    .append(Html.esc(String.join(", ", i.uzovi()))).append("</td>")
                    .append(num(String.valueOf(i.technologyLines()))).append(num(eur(i.totals().claimed())))
                    .append(num(eur(i.totals().reimbursable()))).append(num(eur(i.totals().atRisk())))
                    .append(num(eur(i.totals().unchecked()))).append(num(eur(i.totals().costGap())))
                    .append(num(String.valueOf(n))).append("</tr>");
        }
        h.append("</tbody></table>\n");
    }

    private static void findings(StringBuilder h, RunSummary s) {
        h.append("<h2>Findings by code</h2>");
        if (s.findingsByCode().isEmpty()) {
            h.append("<p>No findings.</p>");
        }
        for (FindingCode code : FindingCode.values()) {
            Long count = s.findingsByCode().get(code);
            if (count == null) {
                continue;
            }
            Rule rule = RuleCatalogue.rule(code);
            h.append("<section class=\"code\"><h3 id=\"").append(code.name()).append("\"><span class=\"")
                    .append(code.severity()).append("\">").append(code.severity()).append("</span> ").append(code.name())
                    .append(" &middot; ").append(count).append(count == 1 ? " finding" : " findings");
            if (!code.retourcode().isEmpty()) {
                h.append(" &middot; Vektis retourcode ").append(code.retourcode());
            }
            h.append("</h3><p>").append(Html.esc(rule.explanation())).append("</p><p><strong>What to do:</strong> ")
                    .append(Html.esc(rule.whatToDo())).append("</p><p class=\"muted\">Source: ")
                    .append(Html.esc(rule.nationalSource())).append("</p>");
            List<Finding> ex = s.examples().getOrDefault(code, List.of());
            h.append("<table><thead><tr><th scope=\"col\">Line</th><th scope=\"col\">Client</th><th scope=\"col\">Insurer</th>"
                    + "<th scope=\"col\">Month</th><th scope=\"col\" class=\"num\">Minutes (allowed)</th>"
                    + "<th scope=\"col\" class=\"num\">At risk</th><th scope=\"col\" class=\"num\">Cost gap</th>"
                    + "<th scope=\"col\">Message</th></tr></thead><tbody>");
            for (Finding f : ex) {
                h.append("<tr><td>").append(Html.esc(f.lineId().isEmpty() ? "(month)" : f.lineId()))
                        .append("</td><td>").append(Html.esc(f.client())).append("</td><td>").append(Html.esc(f.insurer()))
                        .append("</td><td>").append(f.month()).append("</td>")
                        .append(num(f.minutesClaimed() + " (" + f.minutesAllowed() + ")")).append(num(eur(f.atRiskCents())))
                        .append(num(eur(f.costGapCents()))).append("<td>").append(Html.esc(f.message())).append("</td></tr>");
            }
            h.append("</tbody></table>");
            if (count > ex.size()) {
                h.append("<p class=\"muted\">Showing the first ").append(ex.size()).append(" of ").append(count)
                        .append("; findings.csv has them all.</p>");
            }
            h.append("</section>\n");
        }
    }

    private static void rejects(StringBuilder h, RunSummary s) {
        h.append("<h2>Rejected rows</h2>");
        if (s.lines().rejected() == 0) {
            h.append("<p>None: every row was read.</p>\n");
            return;
        }
        h.append("<p>").append(s.lines().rejected()).append(" row(s) could not be read and were not checked; fix them in the"
                + " administration and export again. rejects.csv has them all.</p><table><thead><tr><th scope=\"col\">Line</th>"
                + "<th scope=\"col\">Field</th><th scope=\"col\">Reason</th></tr></thead><tbody>");
        for (Reject r : s.firstRejects()) {
            h.append("<tr><td>").append(r.lineNo()).append("</td><td>").append(Html.esc(r.field())).append("</td><td>")
                    .append(Html.esc(r.reason())).append("</td></tr>");
        }
        h.append("</tbody></table>\n");
    }

    private static String num(String v) {
        return "<td class=\"num\">" + Html.esc(v) + "</td>";
    }

    static String eur(long cents) {
        return "\u20ac " + Money.cents(cents).toDutchString();
    }
}
