package nl.tztcheck.reports;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.findings.Severity;
import nl.tztcheck.money.Money;
import nl.tztcheck.profiles.Trust;
import nl.tztcheck.rules.LineStatus;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * summary.json (spec 5): counts, money in cents (and as euro text), findings per code, the same per
 * insurer, and the run's provenance. Keys are written in a fixed order.
 */
public final class SummaryJson {

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private SummaryJson() {}

    public static void write(Writer out, RunSummary s) throws IOException {
        out.write(JSON.writeValueAsString(tree(s)));
        out.write('\n');
    }

    static Map<String, Object> tree(RunSummary s) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("tool", "tzt-check 0.1.0");
        RunInfo r = s.run();
        root.put(
                "input",
                map(
                        "file",
                        r.inputFile(),
                        "sha256",
                        r.inputSha256(),
                        "bytes",
                        r.inputBytes(),
                        "encoding",
                        r.encoding(),
                        "ignoredColumns",
                        r.ignoredColumns()));
        root.put(
                "profiles",
                map(
                        "directory",
                        r.profilesDirectory(),
                        "fingerprint",
                        r.profileFingerprint(),
                        "trust",
                        s.trust().map(Trust::code).orElse(null)));
        root.put("costs", map("file", r.costsFile(), "sha256", r.costsSha256()));
        root.put(
                "run",
                map(
                        "startedAt",
                        String.valueOf(r.startedAt()),
                        "finishedAt",
                        String.valueOf(r.finishedAt()),
                        "durationMs",
                        r.startedAt() == null || r.finishedAt() == null
                                ? 0
                                : java.time.Duration.between(r.startedAt(), r.finishedAt())
                                        .toMillis(),
                        "jobInstanceId",
                        r.jobInstanceId(),
                        "jobExecutionId",
                        r.jobExecutionId()));
        var c = s.lines();
        root.put(
                "lines",
                map(
                        "read",
                        c.read(),
                        "technology",
                        c.technology(),
                        "regularCare",
                        c.regularCare(),
                        "other",
                        c.other(),
                        "rejected",
                        c.rejected(),
                        "blankRowsSkipped",
                        c.blank(),
                        "reconciles",
                        c.reconciles()));
        Map<String, Object> tech = new LinkedHashMap<>();
        for (LineStatus st : LineStatus.values()) {
            tech.put(
                    st.name().toLowerCase(java.util.Locale.ROOT),
                    s.technologyLines().getOrDefault(st, 0L));
        }
        root.put("technologyLinesByStatus", tech);
        root.put("money", money(s.totals()));
        Map<String, Object> findings = new LinkedHashMap<>();
        findings.put("total", s.findings());
        Map<String, Object> bySeverity = new LinkedHashMap<>();
        for (Severity sev : Severity.values()) {
            bySeverity.put(sev.name(), s.findingsOf(sev));
        }
        findings.put("bySeverity", bySeverity);
        findings.put("byCode", byCode(s.findingsByCode()));
        root.put("findings", findings);
        // about the run as a whole (nothing to check, WLZ_NOT_CHECKED): not in findings.csv nor in
        // the counts above, which match that file
        root.put(
                "runFindings",
                s.runFindings().stream()
                        .map(
                                f ->
                                        map(
                                                "code",
                                                f.code().name(),
                                                "severity",
                                                f.severity().name(),
                                                "message",
                                                f.message()))
                        .toList());
        Map<String, Object> verification = new LinkedHashMap<>();
        verification.put("enabled", !s.verification().isEmpty());
        verification.putAll(s.verification());
        root.put("insuranceVerification", verification);
        root.put(
                "insurers",
                s.insurers().stream()
                        .map(
                                i -> {
                                    Map<String, Object> m = new LinkedHashMap<>();
                                    m.put("insurer", i.key());
                                    m.put("name", i.name());
                                    m.put("uzovi", i.uzovi());
                                    m.put("technologyLines", i.technologyLines());
                                    m.put("money", money(i.totals()));
                                    m.put("findingsByCode", byCode(i.findingsByCode()));
                                    m.put("trust", i.trust().map(Trust::code).orElse(null));
                                    m.put("profileFingerprint", r.profileFingerprint());
                                    m.put(
                                            "versionsUsed",
                                            i.versions().stream()
                                                    .map(SummaryJson::versionUse)
                                                    .toList());
                                    m.put("conditionsNotChecked", i.conditionsNotChecked());
                                    return m;
                                })
                        .toList());
        return root;
    }

    private static Map<String, Object> versionUse(VersionUse v) {
        Map<String, Object> dims = new LinkedHashMap<>();
        for (Trust t : Trust.values()) {
            dims.put(t.code(), v.dimensions().getOrDefault(t, java.util.List.of()));
        }
        return map(
                "version",
                v.insurerVersion(),
                "nationalVersion",
                v.nationalVersion(),
                "trust",
                v.trust().code(),
                "sourcedForPeriod",
                v.sourcedForPeriod(),
                "dimensions",
                dims);
    }

    private static Map<String, Object> byCode(Map<FindingCode, Long> counts) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (FindingCode code : FindingCode.values()) {
            Long n = counts.get(code);
            if (n != null) {
                m.put(code.name(), n);
            }
        }
        return m;
    }

    private static Map<String, Object> money(Totals t) {
        return map(
                "claimedCents",
                t.claimed(),
                "reimbursableCents",
                t.reimbursable(),
                "atRiskCents",
                t.atRisk(),
                "uncheckedCents",
                t.unchecked(),
                "costGapCents",
                t.costGap(),
                "underclaimedCents",
                t.underclaimed(),
                "claimed",
                Money.cents(t.claimed()).toPlainString(),
                "reimbursable",
                Money.cents(t.reimbursable()).toPlainString(),
                "atRisk",
                Money.cents(t.atRisk()).toPlainString(),
                "unchecked",
                Money.cents(t.unchecked()).toPlainString(),
                "costGap",
                Money.cents(t.costGap()).toPlainString(),
                "underclaimed",
                Money.cents(t.underclaimed()).toPlainString(),
                "reconciles",
                t.reconciles());
    }

    private static Map<String, Object> map(@Nullable Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
