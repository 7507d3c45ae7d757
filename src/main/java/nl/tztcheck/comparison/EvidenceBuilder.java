package nl.tztcheck.comparison;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.tztcheck.findings.ClientPseudonymizer;
import nl.tztcheck.findings.Finding;
import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.profiles.InsurerProfile;
import nl.tztcheck.profiles.ProfileSet;
import nl.tztcheck.rules.LineResult;

/**
 * Builds evidence.json from the same feed as the summary ({@code add(LineResult)},
 * {@code add(Finding)}): per insurer, clients, client-months, minutes and money, the cost gap per
 * technology and the findings per code. Clients are counted by pseudonym in sets kept here and
 * never written; any cell covering fewer than {@value #MIN_CLIENTS} clients is suppressed.
 */
public final class EvidenceBuilder {

    public static final int MIN_CLIENTS = 10;
    static final String NO_PROFILE = "none";

    private final ProfileSet profiles;
    private final ClientPseudonymizer pseudonymizer;
    private final String provider;
    private final Map<String, EvidenceTally.Insurer> insurers = new TreeMap<>();
    private YearMonth first;
    private YearMonth last;

    /** @param provider the provider's name if it opts in to be named in aggregates, else null or blank */
    public EvidenceBuilder(ProfileSet profiles, ClientPseudonymizer pseudonymizer, String provider) {
        this.profiles = profiles;
        this.pseudonymizer = pseudonymizer;
        this.provider = provider == null || provider.isBlank() ? null : provider.trim();
    }

    public void add(LineResult r) {
        if (!r.status().inTotals()) {
            return;
        }
        YearMonth month = r.line().month();
        first = first == null || month.isBefore(first) ? month : first;
        last = last == null || month.isAfter(last) ? month : last;
        long client = ClientKeys.client(pseudonymizer.pseudonym(r.line().clientId()));
        acc(r.insurer()).add(r, client, ClientKeys.clientMonth(client, month));
    }

    public void add(Finding f) {
        long client = ClientKeys.client(f.client());
        long clientMonth = ClientKeys.clientMonth(client, f.month());
        EvidenceTally.Insurer acc = acc(f.insurer());
        if (f.code() == FindingCode.COST_GAP && f.technology() != null) {
            acc.costGaps.computeIfAbsent(f.technology(), t -> new EvidenceTally.Cell()).add(client, clientMonth, f.costGapCents());
        }
        long cents = f.code() == FindingCode.COST_GAP ? f.costGapCents() : f.atRiskCents();
        acc.findings.computeIfAbsent(f.code(), c -> new EvidenceTally.Cell()).add(client, clientMonth, cents);
    }

    private EvidenceTally.Insurer acc(String insurerId) {
        String key = insurerId == null || insurerId.isEmpty() ? NO_PROFILE : insurerId;
        return insurers.computeIfAbsent(key, k -> new EvidenceTally.Insurer());
    }

    public ProviderEvidence build() {
        List<InsurerEvidence> list = new ArrayList<>();
        insurers.forEach((key, acc) -> list.add(acc.build(key, name(key))));
        return new ProviderEvidence(provider, first == null ? "" : first.toString(), last == null ? "" : last.toString(),
                MIN_CLIENTS, list);
    }

    private String name(String key) {
        if (key.equals(NO_PROFILE)) {
            return "No insurer profile";
        }
        return profiles.insurers().stream().filter(p -> p.id().equals(key)).map(InsurerProfile::name).findFirst().orElse(key);
    }
}
