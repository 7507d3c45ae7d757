package nl.tztcheck.comparison;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import nl.tztcheck.money.Money;

/**
 * evidence.json: per insurer the figures of one provider, a suppressed cell written as
 * {@code {"suppressed": true, "reason": ...}} with no figures. Keys in a fixed order.
 */
public final class EvidenceJson {

    static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    static final String REASON = "covers fewer than " + EvidenceBuilder.MIN_CLIENTS + " clients";

    private EvidenceJson() {
    }

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
        root.put("minimumClients", e.minimumClients());
        root.put("note", "Aggregates per insurer; no client number, BSN or pseudonym. A cell covering fewer than "
                + e.minimumClients() + " clients is suppressed. Cents are whole euro cents. Finding cells do not add up"
                + " across codes: a line carrying two codes counts in both.");
        root.put("insurers", e.insurers().stream().map(EvidenceJson::insurer).toList());
        return root;
    }

    private static Map<String, Object> insurer(InsurerEvidence i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("insurer", i.insurer());
        m.put("name", i.name());
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
        Map<String, Object> gaps = new LinkedHashMap<>();
        i.costGaps().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(g -> gaps.put(g.getKey().name(), cell(g.getValue())));
        m.put("costGapByTechnology", gaps);
        Map<String, Object> codes = new LinkedHashMap<>();
        i.findings().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(c -> codes.put(c.getKey().name(), cell(c.getValue())));
        m.put("findingsByCode", codes);
        return m;
    }

    private static Map<String, Object> cell(EvidenceCell c) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (c.suppressed()) {
            m.put("suppressed", true);
            m.put("reason", REASON);
            return m;
        }
        m.put("clients", c.clients());
        m.put("clientMonths", c.clientMonths());
        m.put("findings", c.findings());
        m.put("cents", c.cents());
        return m;
    }
}
