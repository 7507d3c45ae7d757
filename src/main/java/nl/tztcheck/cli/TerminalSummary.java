package nl.tztcheck.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.tztcheck.batch.ReportTasklet;
import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.findings.Severity;
import nl.tztcheck.money.Money;

/** The one-screen summary at the end of a run, read back from summary.json so it says what the file says. */
final class TerminalSummary {

    private final JsonNode root;
    private final Path outDir;

    private TerminalSummary(JsonNode root, Path outDir) {
        this.root = root;
        this.outDir = outDir;
    }

    static TerminalSummary read(Path outDir) throws IOException {
        return new TerminalSummary(JsonMapper.builder().build().readTree(outDir.resolve(ReportTasklet.SUMMARY).toFile()), outDir);
    }

    long findingsAtLeast(Severity level) {
        JsonNode sev = root.path("findings").path("bySeverity");
        long errors = sev.path("ERROR").asLong();
        return level == Severity.ERROR ? errors : errors + sev.path("WARNING").asLong();
    }

    void print(PrintStream out) {
        JsonNode lines = root.path("lines");
        JsonNode money = root.path("money");
        out.println();
        out.println("tzt-check: " + root.path("input").path("file").asString());
        out.printf("  Lines read      %,10d  (technology %,d, regular care %,d, other %,d, rejected %,d)%n",
                lines.path("read").asLong(), lines.path("technology").asLong(), lines.path("regularCare").asLong(),
                lines.path("other").asLong(), lines.path("rejected").asLong());
        out.printf("  Claimed 1062    %14s%n", eur(money.path("claimedCents").asLong()));
        out.printf("  Reimbursable    %14s%n", eur(money.path("reimbursableCents").asLong()));
        out.printf("  Money at risk   %14s%n", eur(money.path("atRiskCents").asLong()));
        out.printf("  Unchecked       %14s  (no insurer profile)%n", eur(money.path("uncheckedCents").asLong()));
        out.printf("  Cost gap        %14s  (technology cost not covered)%n", eur(money.path("costGapCents").asLong()));
        out.println("  Reconciles      " + (money.path("reconciles").asBoolean() ? "yes, to the cent" : "NO - report this"));
        JsonNode byCode = root.path("findings").path("byCode");
        List<Map.Entry<String, Long>> top = new ArrayList<>();
        byCode.properties().forEach(e -> top.add(Map.entry(e.getKey(), e.getValue().asLong())));
        top.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        out.printf("  Findings        %,10d  (%,d error, %,d warning, %,d info)%n", root.path("findings").path("total").asLong(),
                root.path("findings").path("bySeverity").path("ERROR").asLong(),
                root.path("findings").path("bySeverity").path("WARNING").asLong(),
                root.path("findings").path("bySeverity").path("INFO").asLong());
        top.stream().limit(8).forEach(e -> out.printf("    %-24s %-7s %,8d%n", e.getKey(),
                FindingCode.valueOf(e.getKey()).severity(), e.getValue()));
        out.println("  Files in " + outDir + ":");
        out.println("    report.html  findings.csv  lines.csv  rejects.csv  summary.json  evidence.json");
    }

    private static String eur(long cents) {
        return "EUR " + Money.cents(cents).toDutchString();
    }
}
