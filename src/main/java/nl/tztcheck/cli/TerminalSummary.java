package nl.tztcheck.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.tztcheck.batch.ReportTasklet;
import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.findings.Severity;
import nl.tztcheck.i18n.Language;
import nl.tztcheck.i18n.Messages;
import nl.tztcheck.money.Money;
import nl.tztcheck.profiles.Provenance;
import nl.tztcheck.profiles.Trust;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one-screen summary at the end of a run, read back from summary.json so it says what the file
 * says, in the chosen language: Dutch labels and {@code EUR 1.234,56} by default, English labels
 * and {@code EUR 1,234.56} with {@code --lang en}. ASCII only ("EUR", no euro sign): a cron job's
 * terminal may not be UTF-8. Finding codes and file names are identifiers and stay as they are.
 */
final class TerminalSummary {

    private final JsonNode root;
    private final Path outDir;

    private TerminalSummary(JsonNode root, Path outDir) {
        this.root = root;
        this.outDir = outDir;
    }

    static TerminalSummary read(Path outDir) throws IOException {
        return new TerminalSummary(
                JsonMapper.builder()
                        .build()
                        .readTree(outDir.resolve(ReportTasklet.SUMMARY).toFile()),
                outDir);
    }

    /**
     * Findings of {@code level} or worse: those in findings.csv and those about the run as a whole
     * (summary.json's runFindings).
     */
    long findingsAtLeast(Severity level) {
        JsonNode sev = root.path("findings").path("bySeverity");
        long count =
                sev.path("ERROR").asLong()
                        + (level == Severity.ERROR ? 0 : sev.path("WARNING").asLong());
        for (JsonNode f : root.path("runFindings")) {
            Severity s = Severity.valueOf(f.path("severity").asString());
            if (s.compareTo(level) <= 0) {
                count++;
            }
        }
        return count;
    }

    void print(PrintStream out, Language language) {
        Messages t = Messages.of(CheckCommand.TERMINAL, language);
        Locale locale = language.locale();
        JsonNode lines = root.path("lines");
        JsonNode money = root.path("money");
        JsonNode findings = root.path("findings");
        JsonNode sev = findings.path("bySeverity");
        // label, figure (right-aligned in one column), remark
        List<String[]> rows =
                List.of(
                        new String[] {
                            t.get("summary.lines"),
                            count(locale, lines.path("read")),
                            t.get(
                                    "summary.lines.detail",
                                    "technology",
                                    count(locale, lines.path("technology")),
                                    "regular",
                                    count(locale, lines.path("regularCare")),
                                    "other",
                                    count(locale, lines.path("other")),
                                    "rejected",
                                    count(locale, lines.path("rejected")))
                        },
                        new String[] {
                            t.get("summary.claimed"),
                            eur(money.path("claimedCents").asLong(), language),
                            ""
                        },
                        new String[] {
                            t.get("summary.reimbursable"),
                            eur(money.path("reimbursableCents").asLong(), language),
                            ""
                        },
                        new String[] {
                            t.get("summary.atRisk"),
                            eur(money.path("atRiskCents").asLong(), language),
                            ""
                        },
                        new String[] {
                            t.get("summary.unchecked"),
                            eur(money.path("uncheckedCents").asLong(), language),
                            t.get("summary.unchecked.detail")
                        },
                        new String[] {
                            t.get("summary.costGap"),
                            eur(money.path("costGapCents").asLong(), language),
                            t.get("summary.costGap.detail")
                        },
                        new String[] {
                            t.get("summary.underclaimed"),
                            eur(money.path("underclaimedCents").asLong(), language),
                            t.get("summary.underclaimed.detail")
                        },
                        new String[] {
                            t.get("summary.findings"),
                            count(locale, findings.path("total")),
                            t.get(
                                    "summary.findings.detail",
                                    "errors",
                                    count(locale, sev.path("ERROR")),
                                    "warnings",
                                    count(locale, sev.path("WARNING")),
                                    "infos",
                                    count(locale, sev.path("INFO")))
                        });
        int labelWidth =
                Math.max(
                                t.get("summary.reconciles").length(),
                                rows.stream().mapToInt(r -> r[0].length()).max().orElse(0))
                        + 2;
        int figureWidth = Math.max(14, rows.stream().mapToInt(r -> r[1].length()).max().orElse(0));
        out.println();
        out.println("tzt-check: " + root.path("input").path("file").asString());
        // a run that had nothing to check says so first, before the (empty) figures
        for (JsonNode f : root.path("runFindings")) {
            out.println(
                    "  "
                            + t.get(
                                    "summary.runFinding",
                                    "code",
                                    f.path("code").asString(),
                                    "severity",
                                    t.get("severity." + f.path("severity").asString())));
            out.println("    " + f.path("message").asString());
        }
        rows.subList(0, rows.size() - 1).forEach(r -> out.println(row(r, labelWidth, figureWidth)));
        out.println(
                "  "
                        + pad(t.get("summary.reconciles"), labelWidth)
                        + t.get(
                                money.path("reconciles").asBoolean()
                                        ? "summary.reconciles.yes"
                                        : "summary.reconciles.no"));
        out.println(row(rows.get(rows.size() - 1), labelWidth, figureWidth));
        out.println(
                "  "
                        + pad(
                                Messages.of(Provenance.BUNDLE, language).get("terminal.label"),
                                labelWidth)
                        + trustLine(language));
        List<Map.Entry<String, Long>> top = new ArrayList<>();
        findings.path("byCode")
                .properties()
                .forEach(e -> top.add(Map.entry(e.getKey(), e.getValue().asLong())));
        top.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        // every code: there are at most a score, and a code left out is a problem nobody looks at
        top.forEach(
                e ->
                        out.println(
                                String.format(
                                        locale,
                                        "    %-26s %-12s %,8d",
                                        e.getKey(),
                                        t.get(
                                                "severity."
                                                        + FindingCode.valueOf(e.getKey())
                                                                .severity()
                                                                .name()),
                                        e.getValue())));
        out.println("  " + t.get("summary.files", "dir", outDir));
        out.println(
                "    report.html  findings.xlsx  findings.csv  lines.csv  rejects.csv  summary.json  evidence.json");
    }

    /**
     * "illustratief 8, niet geverifieerd 1; profielset f7e7e7354d88": insurers per trust state, and
     * the set used.
     */
    private String trustLine(Language language) {
        Messages p = Messages.of(Provenance.BUNDLE, language);
        Map<Trust, Long> perTrust = new java.util.EnumMap<>(Trust.class);
        root.path("insurers")
                .forEach(
                        i -> {
                            String code = i.path("trust").asString("");
                            for (Trust t : Trust.values()) {
                                if (t.code().equals(code)) {
                                    perTrust.merge(t, 1L, Long::sum);
                                }
                            }
                        });
        List<String> counts = new ArrayList<>();
        for (Trust t : new Trust[] {Trust.ILLUSTRATIVE, Trust.UNVERIFIED, Trust.VERIFIED}) {
            if (perTrust.containsKey(t)) {
                counts.add(
                        p.get("terminal.count", "trust", t.label(language), "n", perTrust.get(t)));
            }
        }
        if (counts.isEmpty()) {
            counts.add(p.get("terminal.none"));
        }
        return p.get(
                "terminal.line",
                "counts",
                String.join(", ", counts),
                "fingerprint",
                Provenance.shortFingerprint(
                        root.path("profiles").path("fingerprint").asString("")));
    }

    /**
     * The last line of a run: where the page to open is, as an absolute path (a terminal can open
     * it from there).
     */
    void printReport(PrintStream out, Language language) {
        out.println(
                Messages.of(CheckCommand.TERMINAL, language)
                        .get(
                                "summary.report",
                                "path",
                                outDir.resolve(ReportTasklet.REPORT).toAbsolutePath().normalize()));
    }

    private static String row(String[] r, int labelWidth, int figureWidth) {
        return "  "
                + pad(r[0], labelWidth)
                + " ".repeat(figureWidth - r[1].length())
                + r[1]
                + (r[2].isEmpty() ? "" : "  (" + r[2] + ")");
    }

    private static String pad(String label, int width) {
        return label + " ".repeat(Math.max(1, width - label.length()));
    }

    private static String count(Locale locale, JsonNode n) {
        return String.format(locale, "%,d", n.asLong());
    }

    /** {@code EUR 1.234,56} (nl) or {@code EUR 1,234.56} (en). */
    static String eur(long cents, Language language) {
        String dutch = Money.cents(cents).toDutchString();
        String text =
                language == Language.NL
                        ? dutch
                        : dutch.replace('.', '\u0000').replace(',', '.').replace('\u0000', ',');
        return "EUR " + text;
    }
}
