package nl.tztcheck.comparison;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.tztcheck.money.Money;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * evidence.json: the provenance of the profiles, then per insurer the figures of one provider, a
 * suppressed cell written as {@code {"suppressed": true, "reason": ...}} with no figures. Keys in a
 * fixed order.
 */
public final class EvidenceJson {

    static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    static final String REASON =
            "covers fewer than "
                    + EvidenceBuilder.MIN_CLIENTS
                    + " clients, or would let such a cell be derived from the published figures";

    private EvidenceJson() {}

    public static void write(Writer out, ProviderEvidence e) throws IOException {
        out.write(JSON.writeValueAsString(tree(e)));
        out.write('\n');
    }

    static Map<String, Object> tree(ProviderEvidence e) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", ProviderEvidence.FORMAT);
        root.put("tool", "tzt-check 0.1.0");
        root.put("provider", e.provider());
        Map<String, Object> period = new LinkedHashMap<>();
        period.put("firstMonth", e.firstMonth());
        period.put("lastMonth", e.lastMonth());
        root.put("period", period);
        Map<String, Object> profiles = new LinkedHashMap<>();
        profiles.put("fingerprint", e.profileFingerprint());
        profiles.put("trust", e.trust().code());
        root.put("profiles", profiles);
        root.put("minimumClients", e.minimumClients());
        root.put(
                "note",
                "Aggregates per insurer; no client number, BSN or pseudonym. A cell covering fewer than "
                        + e.minimumClients()
                        + " clients is suppressed, and so is any cell that would let it be derived by subtraction"
                        + " (complementary suppression). Cents are whole euro cents. Finding cells do not add up across codes: a line"
                        + " carrying two codes counts in both; atRiskByCause does add up. trust: verified (a quoted source backs the"
                        + " conditions), unverified or illustrative (sample terms, not an insurer's contract).");
        root.put("insurers", e.insurers().stream().map(EvidenceJson::insurer).toList());
        return root;
    }

    private static Map<String, Object> insurer(InsurerEvidence i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("insurer", i.insurer());
        m.put("name", i.name());
        m.put("trust", i.trust().code());
        m.put("profileVersions", i.profiles().stream().map(EvidenceJson::use).toList());
        if (i.suppressed()) {
            m.put("suppressed", true);
            m.put("reason", REASON);
            return m;
        }
        InsurerFigures f = i.figures();
        m.put("suppressed", false);
        m.put("clients", f.clients());
        m.put("clientMonths", f.clientMonths());
        m.put("technologyLines", f.technologyLines());
        m.put("minutesClaimed", f.minutesClaimed());
        m.put("minutesAllowed", f.minutesAllowed());
        m.put("claimedCents", f.claimedCents());
        m.put("reimbursableCents", f.reimbursableCents());
        m.put("atRiskCents", f.atRiskCents());
        m.put("uncheckedCents", f.uncheckedCents());
        m.put("claimed", Money.cents(f.claimedCents()).toPlainString());
        m.put("reimbursable", Money.cents(f.reimbursableCents()).toPlainString());
        m.put("atRisk", Money.cents(f.atRiskCents()).toPlainString());
        Map<String, Object> causes = new LinkedHashMap<>();
        i.causes().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(c -> causes.put(c.getKey().name(), cell(c.getValue(), "lines", false)));
        m.put("atRiskByCause", causes);
        Map<String, Object> gaps = new LinkedHashMap<>();
        i.costGaps().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(g -> gaps.put(g.getKey().name(), cell(g.getValue(), "findings", false)));
        m.put("costGapByTechnology", gaps);
        Map<String, Object> codes = new LinkedHashMap<>();
        i.findings().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(
                        c ->
                                codes.put(
                                        c.getKey().name(),
                                        cell(
                                                c.getValue(),
                                                "findings",
                                                c.getKey()
                                                        == nl.tztcheck.findings.FindingCode
                                                                .COST_GAP)));
        m.put("findingsByCode", codes);
        return m;
    }

    private static Map<String, Object> use(ProfileUse u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", u.version());
        m.put("nationalVersion", u.nationalVersion());
        m.put("trust", u.trust().code());
        Map<String, Object> dims = new LinkedHashMap<>();
        u.dimensions().forEach((d, t) -> dims.put(d, t.code()));
        m.put("dimensions", dims);
        return m;
    }

    private static Map<String, Object> cell(EvidenceCell c, String countName, boolean costGap) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (c.suppressed()) {
            m.put("suppressed", true);
            m.put("reason", REASON);
            return m;
        }
        m.put("clients", c.clients());
        m.put("clientMonths", c.clientMonths());
        m.put(countName, c.findings());
        m.put("cents", c.cents());
        if (costGap) {
            m.put("overlapCents", c.overlapCents());
        }
        return m;
    }
}
