package nl.tztcheck.reports;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import nl.tztcheck.businesscase.RegularCareEffect;
import nl.tztcheck.claims.Reject;
import nl.tztcheck.findings.Finding;
import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.findings.Severity;
import nl.tztcheck.i18n.Language;
import nl.tztcheck.i18n.Messages;
import nl.tztcheck.money.Money;
import nl.tztcheck.rules.RuleTexts;

/**
 * report.html: one self-contained page for a finance employee, in the run's language: the money at
 * risk as the headline and the other key figures, the insurers as stacked bars on one euro scale
 * and a table, the trend per month, the findings grouped by code with what they mean and what to
 * do, and a table of the lines to correct (most money at risk first) that can be sorted and
 * filtered in the browser. No external scripts, fonts, images or network: inline CSS and a small
 * inline script; without the script every table is still complete. Texts come from {@code
 * i18n/report_<nl|en>.properties}. Every euro figure says which lines it sums.
 */
public final class HtmlReport {

    static final String BUNDLE = "report";

    private static final String CLAIMED = "#0b5394";
    private static final String AT_RISK = InsurerBars.AT_RISK;

    private static final String STYLE =
            """
            body{font-family:system-ui,-apple-system,"Segoe UI",Arial,sans-serif;margin:2rem auto;padding:0 1rem;color:#1a1a1a;background:#fff;max-width:90rem;line-height:1.45}
            h1{font-size:1.6rem;margin-bottom:.2rem}h2{margin-top:2.2rem;border-bottom:2px solid #d0d7de;padding-bottom:.3rem;font-size:1.3rem}h3{font-size:1.05rem;margin:1.2rem 0 .3rem}
            table{border-collapse:collapse;margin:.5rem 0 1rem}th,td{border:1px solid #d0d7de;padding:.3rem .6rem;text-align:left;vertical-align:top}
            caption{text-align:left;font-weight:600;padding:.3rem 0}thead th{background:#eef1f4}tbody th{font-weight:600;background:#f8f9fa}
            td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}tfoot td,tfoot th{font-weight:700;background:#eef1f4}
            .cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(10.5rem,1fr));gap:.8rem}
            .card{border:1px solid #d0d7de;border-left:6px solid #57606a;border-radius:6px;padding:.6rem .8rem}
            .card .l{font-weight:600}.card .v{font-size:1.15rem;font-weight:700;font-variant-numeric:tabular-nums}
            .headline{margin-bottom:1rem;padding:1rem 1.2rem;border-left-width:10px}.headline .l{font-size:1.2rem}
            .headline .v{font-size:2.8rem;line-height:1.15;color:#b00020}.headline .muted{font-size:1rem}
            .card.claimed{border-left-color:#0b5394}.card.reimbursable{border-left-color:#1a6b32}.card.risk{border-left-color:#b00020}.card.gap{border-left-color:#8a5300}
            .ERROR{color:#b00020;font-weight:600}.WARNING{color:#8a5300;font-weight:600}.INFO{color:#0b5394;font-weight:600}
            .run-findings{border:2px solid #8a5300;border-left-width:8px;border-radius:6px;padding:.2rem 1rem;margin:1rem 0;background:#fff8e6}.run-findings h2{margin-top:.6rem;border:0}
            .muted{color:#57606a;font-size:.9rem}.ok{color:#1a6b32;font-weight:600}
            figure{margin:0;border:1px solid #d0d7de;border-radius:6px;padding:.6rem}figcaption{font-weight:600;margin-bottom:.3rem}
            svg.chart{max-width:100%;height:auto}figure.wide svg.chart{width:100%;max-width:60rem}section.code{border-left:4px solid #d0d7de;padding-left:.8rem;margin-bottom:1rem}
            .controls{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-end;margin:.5rem 0}.controls label{display:flex;flex-direction:column;font-size:.9rem;font-weight:600}
            .controls input,.controls select{font:inherit;padding:.25rem .4rem;border:1px solid #57606a;border-radius:4px;min-width:12rem}
            th button.sort{font:inherit;font-weight:600;color:inherit;background:none;border:0;padding:0;cursor:pointer;text-align:inherit}
            th button.sort::after{content:" \\2195";color:#57606a}th[aria-sort=ascending] button.sort::after{content:" \\2191"}th[aria-sort=descending] button.sort::after{content:" \\2193"}
            th button.sort:focus-visible,.controls input:focus-visible,.controls select:focus-visible{outline:3px solid #0b5394;outline-offset:2px}
            .scroll{overflow-x:auto}#fix-table{font-size:.85rem;width:100%}#fix-table th{white-space:normal}#fix-table td:nth-child(5),#fix-table td:nth-child(7){white-space:nowrap}#fix-table th,#fix-table td{padding:.25rem .4rem}#fix-table td.msg{min-width:14rem}#fix-table td.msg .muted{font-size:inherit}
            @media print{body{margin:0;max-width:none;font-size:10pt}.controls,.noprint{display:none!important}th button.sort::after{content:""}
            .card,figure,section.code,tr{break-inside:avoid;page-break-inside:avoid}thead{display:table-header-group}h2,h3{break-after:avoid}.scroll{overflow:visible}a{color:inherit;text-decoration:none}}
            """;

    /** Sorting and filtering of the lines-to-correct table; the table is complete without it. */
    private static final String SCRIPT =
            """
            (function(){
            var t=document.getElementById('fix-table');if(!t)return;
            var ctl=document.getElementById('fix-controls');ctl.hidden=false;
            var body=t.tBodies[0],rows=Array.prototype.slice.call(body.rows),lang=document.documentElement.lang;
            var q=document.getElementById('fix-q'),sev=document.getElementById('fix-sev'),ins=document.getElementById('fix-ins'),n=document.getElementById('fix-count');
            function apply(){var s=q.value.trim().toLowerCase(),v=sev.value,i=ins.value,shown=0;
            rows.forEach(function(r){var ok=(!v||r.getAttribute('data-sev')===v)&&(!i||r.getAttribute('data-ins')===i)&&(!s||r.textContent.toLowerCase().indexOf(s)>=0);r.hidden=!ok;if(ok)shown++;});
            n.textContent=n.getAttribute('data-template').replace('{shown}',shown).replace('{total}',rows.length);}
            [q,sev,ins].forEach(function(e){e.addEventListener('input',apply);e.addEventListener('change',apply);});
            var ths=t.tHead.rows[0].cells;
            Array.prototype.forEach.call(ths,function(th,col){var b=document.createElement('button');b.type='button';b.className='sort';
            while(th.firstChild)b.appendChild(th.firstChild);th.appendChild(b);
            b.addEventListener('click',function(){var asc=th.getAttribute('aria-sort')!=='ascending';
            Array.prototype.forEach.call(ths,function(o){o.removeAttribute('aria-sort');});th.setAttribute('aria-sort',asc?'ascending':'descending');
            var num=th.getAttribute('data-type')==='num';
            function key(r){var c=r.cells[col];return c.hasAttribute('data-v')?c.getAttribute('data-v'):c.textContent;}
            rows.sort(function(a,b){var x=key(a),y=key(b),c=num?Number(x)-Number(y):x.localeCompare(y,lang,{numeric:true});return asc?c:-c;});
            rows.forEach(function(r){body.appendChild(r);});});});
            apply();
            })();
            """;

    private final Messages m;
    private final RuleTexts rt;
    private final Language language;
    private final StringBuilder h = new StringBuilder(256 * 1024);
    private java.util.Optional<RegularCareEffect> effect = java.util.Optional.empty();

    private HtmlReport(Language language) {
        this.language = language;
        this.m = Messages.of(BUNDLE, language);
        this.rt = RuleTexts.of(language);
    }

    /** The page in the run's language. */
    public static void write(Writer out, RunSummary s, Language language) throws IOException {
        out.write(new HtmlReport(language).page(s));
    }

    /**
     * With the section on regular care before and from the first 1062 month ({@link
     * RegularCareEffectHtml}).
     */
    public static void write(Writer out, RunSummary s, Language language, RegularCareEffect effect)
            throws IOException {
        HtmlReport report = new HtmlReport(language);
        report.effect = java.util.Optional.of(effect);
        out.write(report.page(s));
    }

    private String page(RunSummary s) {
        String file = s.run().inputFile();
        h.append("<!DOCTYPE html>\n<html lang=\"")
                .append(language.code())
                .append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>")
                .append(t("title", "file", file))
                .append("</title><style>")
                .append(STYLE)
                .append("</style></head><body>\n<header><h1>")
                .append(t("title", "file", file))
                .append("</h1>\n");
        String fingerprint = s.run().profileFingerprint();
        // the time as a Dutch reader reads a clock; the UTC instant stays in the <time> element
        // (and summary.json)
        String finished = "\u0000finished\u0000";
        String time =
                "<time id=\"run-time\" datetime=\""
                        + s.run().finishedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                        + "\">"
                        + Html.esc(RunTime.local(s.run().finishedAt(), language))
                        + "</time>";
        h.append("<p class=\"muted\" id=\"run-meta\">")
                .append(
                        t(
                                        "meta",
                                        "finished",
                                        finished,
                                        "sha",
                                        s.run().inputSha256(),
                                        "profiles",
                                        fingerprint.substring(
                                                0, Math.min(12, fingerprint.length())))
                                .replace(finished, time))
                .append("</p>\n");
        ProvenanceHtml.headline(h, s, language);
        h.append("<nav class=\"noprint\" aria-label=\"")
                .append(t("nav.label"))
                .append("\"><p>")
                .append(link("key-figures", "h.keyFigures"))
                .append(" &middot; ")
                .append(link("insurers", "h.insurers"))
                .append(" &middot; ")
                .append(link("months", "h.months"))
                .append(" &middot; ")
                .append(link("codes", "h.codes"))
                .append(" &middot; ")
                .append(link("to-correct", "h.toCorrect"))
                .append(" &middot; ")
                .append(link("rejects", "h.rejects"))
                .append("</p></nav></header>\n<main>\n");
        runFindings(s);
        keyFigures(s);
        insurers(s);
        months(s);
        codes(s);
        toCorrect(s);
        rejects(s);
        effect.ifPresent(e -> RegularCareEffectHtml.section(h, e, language));
        h.append("<section aria-labelledby=\"how\"><h2 id=\"how\">")
                .append(t("h.howToRead"))
                .append("</h2><p>")
                .append(t("howToRead"))
                .append("</p></section>\n");
        h.append("</main>\n<script>").append(SCRIPT).append("</script>\n</body></html>\n");
        return h.toString();
    }

    /**
     * A run that had nothing to check says so above everything else, in a block of its own
     * (role=alert).
     */
    private void runFindings(RunSummary s) {
        if (s.runFindings().isEmpty()) {
            return;
        }
        h.append(
                        "<section class=\"run-findings\" role=\"alert\" aria-labelledby=\"run-findings\"><h2 id=\"run-findings\">")
                .append(t("h.runFindings"))
                .append("</h2>\n");
        for (var f : s.runFindings()) {
            h.append("<p><span class=\"")
                    .append(f.severity().name())
                    .append("\">")
                    .append(t("severity." + f.severity().name()))
                    .append("</span> <code>")
                    .append(f.code().name())
                    .append("</code>: ")
                    .append(Html.esc(f.message()))
                    .append("</p>\n");
        }
        h.append("</section>\n");
    }

    private String link(String id, String key) {
        return "<a href=\"#" + id + "\">" + t(key) + "</a>";
    }

    /** An escaped text from the bundle. */
    private String t(String key, Object... pairs) {
        return Html.esc(m.get(key, pairs));
    }

    /**
     * A count with the language's thousands separator: {@code 5.000} (nl) or {@code 5,000} (en).
     */
    String count(long n) {
        return String.format(language.locale(), "%,d", n);
    }

    String eur(long cents) {
        return rt.money(Money.cents(cents));
    }

    private void keyFigures(RunSummary s) {
        var c = s.lines();
        var tot = s.totals();
        h.append("<section aria-labelledby=\"key-figures\"><h2 id=\"key-figures\">")
                .append(t("h.keyFigures"))
                .append("</h2>")
                .append(headline(s))
                .append("<div class=\"cards\">");
        card(
                "",
                m.get("card.lines"),
                count(c.read()),
                m.get(
                        "card.lines.note",
                        "technology",
                        c.technology(),
                        "regular",
                        c.regularCare(),
                        "other",
                        c.other(),
                        "rejected",
                        c.rejected()));
        card(
                "claimed",
                m.get("card.claimed"),
                eur(tot.claimed()),
                m.get("card.claimed.note", "n", technologyLinesInTotals(s)));
        card(
                "reimbursable",
                m.get("card.reimbursable"),
                eur(tot.reimbursable()),
                m.get("card.reimbursable.note"));
        card("", m.get("card.unchecked"), eur(tot.unchecked()), m.get("card.unchecked.note"));
        card("gap", m.get("card.costGap"), eur(tot.costGap()), m.get("card.costGap.note"));
        card(
                "underclaimed",
                m.get("card.underclaimed"),
                eur(tot.underclaimed()),
                m.get("card.underclaimed.note"));
        card(
                "",
                m.get("card.findings"),
                count(s.findings()),
                m.get(
                        "card.findings.note",
                        "errors",
                        s.findingsOf(Severity.ERROR),
                        "warnings",
                        s.findingsOf(Severity.WARNING),
                        "info",
                        s.findingsOf(Severity.INFO)));
        h.append("</div>\n<p>");
        if (tot.reconciles()) {
            h.append("<span class=\"ok\">").append(t("reconciles")).append("</span>");
        } else {
            h.append("<strong class=\"ERROR\">").append(t("notReconciles")).append("</strong>");
        }
        h.append("</p></section>\n");
    }

    /**
     * The money at risk, first and large: the figure a finance employee acts on; the other cards
     * follow, smaller.
     */
    private String headline(RunSummary s) {
        Totals tot = s.totals();
        String share =
                tot.claimed() <= 0
                        ? ""
                        : m.get(
                                        "headline.share",
                                        "percent",
                                        percent(tot.atRisk(), tot.claimed()),
                                        "claimed",
                                        eur(tot.claimed()))
                                + "; ";
        return "<div class=\"card risk headline\" id=\"headline\"><div class=\"l\">"
                + t("card.atRisk")
                + "</div><div class=\"v\">"
                + Html.esc(eur(tot.atRisk()))
                + "</div><div class=\"muted\">"
                + Html.esc(
                        share + m.get("card.atRisk.note", "n", count(s.findingsOf(Severity.ERROR))))
                + "</div></div>";
    }

    /** {@code 33,8%} (nl) or {@code 33.8%} (en): part of whole, one decimal, half up. */
    String percent(long part, long whole) {
        long permille = nl.tztcheck.money.Money.divideHalfUp(part * 1000, whole);
        return rt.number(java.math.BigDecimal.valueOf(permille, 1)) + "%";
    }

    private static long technologyLinesInTotals(RunSummary s) {
        return s.technologyLines().entrySet().stream()
                .filter(e -> e.getKey().inTotals())
                .mapToLong(e -> e.getValue())
                .sum();
    }

    private void card(String kind, String label, String value, String note) {
        h.append("<div class=\"card ")
                .append(kind)
                .append("\"><div class=\"l\">")
                .append(Html.esc(label))
                .append("</div><div class=\"v\">")
                .append(Html.esc(value))
                .append("</div><div class=\"muted\">")
                .append(Html.esc(note))
                .append("</div></div>");
    }

    private String insurerName(InsurerSummary i) {
        return i.key().startsWith("uzovi-")
                ? m.get("insurer.none", "uzovi", String.join(", ", i.uzovi()))
                : i.name();
    }

    private void insurers(RunSummary s) {
        h.append("<section aria-labelledby=\"insurers\"><h2 id=\"insurers\">")
                .append(t("h.insurers"))
                .append("</h2>");
        List<InsurerSummary> list = s.insurers();
        if (list.isEmpty()) {
            h.append("<p>").append(t("none.lines")).append("</p></section>\n");
            return;
        }
        List<String> names = list.stream().map(this::insurerName).toList();
        h.append("<p>").append(t("insurers.intro")).append("</p>");
        insurerChart(names, list);
        h.append("<div class=\"scroll\"><table id=\"insurer-table\"><caption>")
                .append(t("insurers.caption"))
                .append("</caption><thead><tr>")
                .append(th("col.insurer", ""))
                .append(th("col.uzovi", ""))
                .append(th("col.lines", "num"))
                .append(th("col.claimed", "num"))
                .append(th("col.reimbursable", "num"))
                .append(th("col.atRisk", "num"))
                .append(th("col.unchecked", "num"))
                .append(th("col.costGap", "num"))
                .append(th("col.findings", "num"))
                .append("</tr></thead><tbody>");
        for (int k = 0; k < list.size(); k++) {
            InsurerSummary i = list.get(k);
            long n = i.findingsByCode().values().stream().mapToLong(Long::longValue).sum();
            h.append("<tr><th scope=\"row\">")
                    .append(Html.esc(names.get(k)))
                    .append(ProvenanceHtml.badge(i, language))
                    .append("</th><td>")
                    .append(Html.esc(String.join(", ", i.uzovi())))
                    .append("</td>")
                    .append(num(String.valueOf(i.technologyLines())))
                    .append(num(eur(i.totals().claimed())))
                    .append(num(eur(i.totals().reimbursable())))
                    .append(num(eur(i.totals().atRisk())))
                    .append(num(eur(i.totals().unchecked())))
                    .append(num(eur(i.totals().costGap())))
                    .append(num(String.valueOf(n)))
                    .append("</tr>");
        }
        Totals tot = s.totals();
        h.append("</tbody><tfoot><tr><th scope=\"row\">")
                .append(t("total"))
                .append("</th><td></td>")
                .append(
                        num(
                                String.valueOf(
                                        list.stream()
                                                .mapToLong(InsurerSummary::technologyLines)
                                                .sum())))
                .append(num(eur(tot.claimed())))
                .append(num(eur(tot.reimbursable())))
                .append(num(eur(tot.atRisk())))
                .append(num(eur(tot.unchecked())))
                .append(num(eur(tot.costGap())))
                .append(num(String.valueOf(s.findings())))
                .append("</tr></tfoot></table></div><p class=\"muted\">")
                .append(t("insurers.sums"))
                .append("</p>");
        ProvenanceHtml.notChecked(h, s, language);
        h.append("</section>\n");
    }

    private void insurerChart(List<String> names, List<InsurerSummary> list) {
        List<InsurerBars.Bar> bars = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < list.size(); k++) {
            Totals t = list.get(k).totals();
            bars.add(
                    new InsurerBars.Bar(
                            list.get(k).key(),
                            names.get(k),
                            t.reimbursable(),
                            t.atRisk(),
                            t.unchecked(),
                            t.costGap()));
            parts.add(
                    m.get(
                            "chart.part",
                            "insurer",
                            names.get(k),
                            "claimed",
                            eur(t.claimed()),
                            "reimbursable",
                            eur(t.reimbursable()),
                            "atRisk",
                            eur(t.atRisk()),
                            "unchecked",
                            eur(t.unchecked()),
                            "costGap",
                            eur(t.costGap())));
        }
        String title = m.get("chart.insurers");
        InsurerBars.Texts texts =
                new InsurerBars.Texts(
                        title,
                        m.get("chart.insurers.desc") + " " + String.join("; ", parts) + ".",
                        m.get("col.reimbursable"),
                        m.get("col.atRisk"),
                        m.get("col.unchecked"),
                        m.get("chart.legend.costGap"),
                        m.get("chart.axis"));
        h.append("<figure class=\"wide\"><figcaption>")
                .append(Html.esc(title))
                .append("</figcaption>")
                .append(InsurerBars.render("chart-insurers", texts, bars, this::eur, this::eurTick))
                .append("<p class=\"muted\">")
                .append(t("chart.insurers.desc"))
                .append(' ')
                .append(t("chart.seeTable"))
                .append("</p></figure>");
    }

    /** An axis label: whole euros without cents ({@code € 1.000}), else as any amount. */
    String eurTick(long cents) {
        String text = eur(cents);
        return cents % 100 == 0 ? text.substring(0, text.length() - 3) : text;
    }

    private void months(RunSummary s) {
        h.append("<section aria-labelledby=\"months\"><h2 id=\"months\">")
                .append(t("h.months"))
                .append("</h2>");
        List<MonthFigures> months = s.months();
        if (months.isEmpty()) {
            h.append("<p>").append(t("none.lines")).append("</p></section>\n");
            return;
        }
        List<String> labels = months.stream().map(f -> rt.month(f.month())).toList();
        long[] claimed = months.stream().mapToLong(f -> f.totals().claimed()).toArray();
        long[] atRisk = months.stream().mapToLong(f -> f.totals().atRisk()).toArray();
        String[] claimedText = new String[claimed.length];
        String[] riskText = new String[claimed.length];
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < claimed.length; k++) {
            claimedText[k] = eur(claimed[k]);
            riskText[k] = eur(atRisk[k]);
            parts.add(
                    m.get(
                            "months.descPart",
                            "month",
                            labels.get(k),
                            "claimed",
                            claimedText[k],
                            "atRisk",
                            riskText[k]));
        }
        String title = m.get("months.chart");
        h.append("<p>")
                .append(t("months.intro"))
                .append("</p><figure><figcaption>")
                .append(Html.esc(title))
                .append("</figcaption>")
                .append(
                        SvgChart.render(
                                "chart-months",
                                title,
                                String.join("; ", parts) + ".",
                                labels,
                                List.of(
                                        new SvgChart.Series(
                                                m.get("col.claimed"),
                                                CLAIMED,
                                                claimed,
                                                claimedText),
                                        new SvgChart.Series(
                                                m.get("col.atRisk"), AT_RISK, atRisk, riskText))))
                .append("<p class=\"muted\">")
                .append(t("chart.seeTable"))
                .append("</p></figure>");
        h.append("<div class=\"scroll\"><table id=\"month-table\"><caption>")
                .append(t("months.caption"))
                .append("</caption><thead><tr>")
                .append(th("col.month", ""))
                .append(th("col.lines", "num"))
                .append(th("col.claimed", "num"))
                .append(th("col.reimbursable", "num"))
                .append(th("col.atRisk", "num"))
                .append(th("col.unchecked", "num"))
                .append(th("col.costGap", "num"))
                .append("</tr></thead><tbody>");
        for (int k = 0; k < months.size(); k++) {
            MonthFigures f = months.get(k);
            h.append("<tr><th scope=\"row\">")
                    .append(Html.esc(labels.get(k)))
                    .append("</th>")
                    .append(num(String.valueOf(f.technologyLines())))
                    .append(num(eur(f.totals().claimed())))
                    .append(num(eur(f.totals().reimbursable())))
                    .append(num(eur(f.totals().atRisk())))
                    .append(num(eur(f.totals().unchecked())))
                    .append(num(eur(f.totals().costGap())))
                    .append("</tr>");
        }
        h.append("</tbody></table></div><p class=\"muted\">")
                .append(t("months.sums"))
                .append("</p></section>\n");
    }

    private void codes(RunSummary s) {
        h.append("<section aria-labelledby=\"codes\"><h2 id=\"codes\">")
                .append(t("h.codes"))
                .append("</h2>");
        if (s.findingsByCode().isEmpty()) {
            h.append("<p>").append(t("none.findings")).append("</p></section>\n");
            return;
        }
        h.append("<p>").append(t("codes.intro")).append("</p>");
        for (FindingCode code : FindingCode.values()) {
            Long count = s.findingsByCode().get(code);
            if (count == null) {
                continue;
            }
            h.append("<section class=\"code\" aria-labelledby=\"code-")
                    .append(code.name())
                    .append("\"><h3 id=\"code-")
                    .append(code.name())
                    .append("\"><span class=\"")
                    .append(code.severity())
                    .append("\">")
                    .append(t("severity." + code.severity()))
                    .append("</span> &middot; ")
                    .append(code.name())
                    .append(" &middot; ")
                    .append(t(count == 1 ? "codes.one" : "codes.many", "n", count));
            if (!code.retourcode().isEmpty()) {
                h.append(" &middot; ").append(t("codes.retourcode", "code", code.retourcode()));
            }
            h.append("</h3><p>")
                    .append(Html.esc(RuleTexts.explanation(code, language)))
                    .append("</p><p><strong>")
                    .append(t("codes.whatToDo"))
                    .append("</strong> ")
                    .append(Html.esc(RuleTexts.whatToDo(code, language)))
                    .append("</p><p class=\"muted\">")
                    .append(t("codes.source"))
                    .append(' ')
                    .append(Html.esc(RuleTexts.nationalSource(code, language)))
                    .append("</p></section>");
        }
        h.append("</section>\n");
    }

    private void toCorrect(RunSummary s) {
        h.append("<section aria-labelledby=\"to-correct\"><h2 id=\"to-correct\">")
                .append(t("h.toCorrect"))
                .append("</h2>");
        List<CorrectionRow> rows = s.toCorrect();
        if (rows.isEmpty()) {
            h.append("<p>").append(t("none.toCorrect")).append("</p></section>\n");
            return;
        }
        h.append("<p>").append(t("toCorrect.intro")).append("</p>");
        if (s.toCorrectTotal() > rows.size()) {
            h.append("<p><strong>")
                    .append(
                            t(
                                    "toCorrect.capped",
                                    "shown",
                                    count(rows.size()),
                                    "total",
                                    count(s.toCorrectTotal())))
                    .append("</strong></p>");
        }
        // the summary names a UZOVI code without a profile in English; show it in the page's
        // language
        java.util.Map<String, String> shownName = new java.util.HashMap<>();
        s.insurers().forEach(i -> shownName.put(i.name(), insurerName(i)));
        java.util.function.Function<CorrectionRow, String> insurerOf =
                r -> shownName.getOrDefault(r.insurerName(), r.insurerName());
        TreeSet<String> insurers = new TreeSet<>();
        rows.forEach(r -> insurers.add(insurerOf.apply(r)));
        h.append("<div class=\"controls\" id=\"fix-controls\" hidden><label for=\"fix-q\">")
                .append(t("filter.text"))
                .append(
                        "<input type=\"search\" id=\"fix-q\" autocomplete=\"off\"></label><label for=\"fix-sev\">")
                .append(t("filter.severity"))
                .append("<select id=\"fix-sev\"><option value=\"\">")
                .append(t("filter.all"))
                .append("</option>");
        for (Severity sev : List.of(Severity.ERROR, Severity.WARNING)) {
            h.append("<option value=\"")
                    .append(sev)
                    .append("\">")
                    .append(t("severity." + sev))
                    .append("</option>");
        }
        h.append("</select></label><label for=\"fix-ins\">")
                .append(t("filter.insurer"))
                .append("<select id=\"fix-ins\"><option value=\"\">")
                .append(t("filter.all"))
                .append("</option>");
        for (String i : insurers) {
            h.append("<option value=\"")
                    .append(Html.esc(i))
                    .append("\">")
                    .append(Html.esc(i))
                    .append("</option>");
        }
        h.append(
                        "</select></label><p id=\"fix-count\" role=\"status\" aria-live=\"polite\" data-template=\"")
                .append(t("filter.count", "shown", "{shown}", "total", "{total}"))
                .append("\"></p></div>");
        h.append("<div class=\"scroll\"><table id=\"fix-table\"><caption>")
                .append(
                        t(
                                "toCorrect.caption",
                                "shown",
                                count(rows.size()),
                                "total",
                                count(s.toCorrectTotal())))
                .append("</caption><thead><tr>")
                .append(th("col.severity", ""))
                .append(th("col.codeMessage", ""))
                .append(th("col.lineId", ""))
                .append(th("col.lineNo", "num"))
                .append(th("col.client", ""))
                .append(th("col.insurer", ""))
                .append(th("col.month", ""))
                .append(th("col.minutes", "num"))
                .append(th("col.claimed", "num"))
                .append(th("col.atRisk", "num").replace("<th ", "<th aria-sort=\"descending\" "))
                .append("</tr></thead><tbody>");
        for (CorrectionRow row : rows) {
            Finding f = row.finding();
            String insurer = insurerOf.apply(row);
            h.append("<tr data-key=\"")
                    .append(Html.esc(f.key()))
                    .append("\" data-sev=\"")
                    .append(f.severity())
                    .append("\" data-ins=\"")
                    .append(Html.esc(insurer))
                    .append("\"><td class=\"")
                    .append(f.severity())
                    .append("\">")
                    .append(t("severity." + f.severity()))
                    .append("</td><td class=\"msg\" data-v=\"")
                    .append(f.code().name())
                    .append("\"><strong>")
                    .append(f.code().name())
                    .append("</strong><br><span class=\"muted\">")
                    .append(Html.esc(f.message()))
                    .append("</span></td><td>")
                    .append(Html.esc(f.lineId()))
                    .append("</td><td class=\"num\">")
                    .append(f.lineNo())
                    .append("</td><td>")
                    .append(Html.esc(f.client()))
                    .append("</td><td>")
                    .append(Html.esc(insurer))
                    .append("</td><td data-v=\"")
                    .append(f.month())
                    .append("\">")
                    .append(Html.esc(rt.month(f.month())))
                    .append("</td><td class=\"num\" data-v=\"")
                    .append(f.minutesClaimed())
                    .append("\">")
                    .append(f.minutesClaimed())
                    .append(" (")
                    .append(f.minutesAllowed())
                    .append(")</td><td class=\"num\" data-v=\"")
                    .append(f.claimedCents())
                    .append("\">")
                    .append(Html.esc(eur(f.claimedCents())))
                    .append("</td><td class=\"num\" data-v=\"")
                    .append(f.atRiskCents())
                    .append("\">")
                    .append(Html.esc(eur(f.atRiskCents())))
                    .append("</td></tr>");
        }
        h.append("</tbody></table></div><p class=\"muted\">")
                .append(t("toCorrect.sums"))
                .append("</p></section>\n");
    }

    private void rejects(RunSummary s) {
        h.append("<section aria-labelledby=\"rejects\"><h2 id=\"rejects\">")
                .append(t("h.rejects"))
                .append("</h2>");
        if (s.lines().rejected() == 0) {
            h.append("<p>").append(t("none.rejects")).append("</p></section>\n");
            return;
        }
        h.append("<p>")
                .append(t("rejects.intro", "n", s.lines().rejected()))
                .append("</p><table><caption>")
                .append(
                        t(
                                "rejects.caption",
                                "shown",
                                s.firstRejects().size(),
                                "total",
                                s.lines().rejected()))
                .append("</caption><thead><tr>")
                .append(th("col.lineNo", "num"))
                .append(th("col.field", ""))
                .append(th("col.reason", ""))
                .append("</tr></thead><tbody>");
        for (Reject staged : s.firstRejects()) {
            Reject r = staged.worded(language);
            h.append("<tr><td class=\"num\">")
                    .append(r.lineNo())
                    .append("</td><td>")
                    .append(Html.esc(r.field()))
                    .append("</td><td>")
                    .append(Html.esc(r.reason()))
                    .append("</td></tr>");
        }
        h.append("</tbody></table></section>\n");
    }

    private String th(String key, String cls) {
        return "<th scope=\"col\""
                + (cls.isEmpty() ? "" : " class=\"" + cls + "\" data-type=\"num\"")
                + ">"
                + t(key)
                + "</th>";
    }

    private static String num(String v) {
        return "<td class=\"num\">" + Html.esc(v) + "</td>";
    }
}
