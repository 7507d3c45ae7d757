package nl.tztcheck.comparison;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.tztcheck.findings.ClientPseudonymizer;
import nl.tztcheck.findings.Finding;
import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.profiles.InsurerProfile;
import nl.tztcheck.profiles.ProfileSet;
import nl.tztcheck.profiles.ProfileSettings;
import nl.tztcheck.profiles.ProfileVersion;
import nl.tztcheck.profiles.Trust;
import nl.tztcheck.rules.LineResult;
import org.jspecify.annotations.Nullable;

/**
 * Builds evidence.json from the same feed as the summary ({@code add(LineResult)}, {@code
 * add(Finding)}): per insurer, clients, client-months, minutes and money, at risk by cause, the
 * cost gap per technology and the findings per code, with the profile versions that judged them.
 * Clients are counted by pseudonym in sets kept here and never written; any cell covering fewer
 * than {@value #MIN_CLIENTS} clients is suppressed, and so is what would reveal it ({@link
 * ComplementarySuppression}).
 */
public final class EvidenceBuilder {

    public static final int MIN_CLIENTS = 10;
    static final String NO_PROFILE = "none";

    private final ProfileSet profiles;
    private final ClientPseudonymizer pseudonymizer;
    private final @Nullable String provider;
    private final int minClients;
    private final boolean complementary;
    private final Map<String, EvidenceTally.Insurer> insurers = new TreeMap<>();
    private @Nullable YearMonth first;
    private @Nullable YearMonth last;

    /**
     * @param provider the provider's name if it opts in to be named in aggregates, else null or
     *     blank
     */
    public EvidenceBuilder(
            ProfileSet profiles, ClientPseudonymizer pseudonymizer, @Nullable String provider) {
        this(profiles, pseudonymizer, provider, MIN_CLIENTS, true);
    }

    /**
     * For tests: another threshold (1 publishes everything), or without complementary suppression.
     */
    EvidenceBuilder(
            ProfileSet profiles,
            ClientPseudonymizer pseudonymizer,
            @Nullable String provider,
            int minClients,
            boolean complementary) {
        this.profiles = profiles;
        this.pseudonymizer = pseudonymizer;
        this.provider = provider == null || provider.isBlank() ? null : provider.trim();
        this.minClients = minClients;
        this.complementary = complementary;
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
        if (f.code() == FindingCode.COST_GAP) {
            // the part of the gap that is money refused on the same lines: at risk already, not to
            // be counted twice
            long overlap = Math.max(0, Math.min(f.costGapCents(), f.atRiskCents()));
            if (f.technology() != null) {
                // no overlap per technology: it would be one more figure adding up to COST_GAP's,
                // hiding more cells
                acc.costGaps
                        .computeIfAbsent(f.technology(), t -> new EvidenceTally.Cell())
                        .add(client, clientMonth, f.costGapCents());
            }
            acc.findings
                    .computeIfAbsent(f.code(), c -> new EvidenceTally.Cell())
                    .add(client, clientMonth, f.costGapCents(), overlap);
            return;
        }
        acc.findings
                .computeIfAbsent(f.code(), c -> new EvidenceTally.Cell())
                .add(client, clientMonth, f.atRiskCents());
    }

    private EvidenceTally.Insurer acc(String insurerId) {
        String key = insurerId == null || insurerId.isEmpty() ? NO_PROFILE : insurerId;
        return insurers.computeIfAbsent(key, k -> new EvidenceTally.Insurer());
    }

    public ProviderEvidence build() {
        List<InsurerEvidence> list = new ArrayList<>();
        insurers.forEach(
                (key, acc) -> {
                    List<ProfileUse> uses = uses(key, acc);
                    // lines without a profile are unchecked: no condition judged them, so nothing
                    // about them is verified
                    Trust trust =
                            key.equals(NO_PROFILE) || uses.isEmpty()
                                    ? Trust.UNVERIFIED
                                    : Trust.worst(uses.stream().map(ProfileUse::trust).toList());
                    list.add(acc.build(key, name(key), minClients, complementary, trust, uses));
                });
        Trust all = Trust.worst(list.stream().map(InsurerEvidence::trust).toList());
        return new ProviderEvidence(
                provider,
                first == null ? "" : first.toString(),
                last == null ? "" : last.toString(),
                minClients,
                profiles.fingerprint(),
                all,
                list);
    }

    /**
     * The distinct (insurer version, national version) pairs on the service dates of the insurer's
     * lines.
     */
    private List<ProfileUse> uses(String key, EvidenceTally.Insurer acc) {
        Optional<InsurerProfile> profile =
                profiles.insurers().stream().filter(p -> p.id().equals(key)).findFirst();
        Map<String, ProfileUse> uses = new LinkedHashMap<>();
        for (LocalDate date : acc.serviceDates) {
            Optional<ProfileVersion> national = profiles.nationalOn(date);
            Optional<ProfileVersion> own = profile.flatMap(p -> p.versionOn(date));
            if (national.isEmpty() || (profile.isPresent() && own.isEmpty())) {
                continue;
            }
            String version = own.map(ProfileVersion::version).orElse("");
            uses.computeIfAbsent(
                    version + "\u0000" + national.get().version(),
                    k -> use(key, date, own.orElse(null), national.get()));
        }
        return List.copyOf(uses.values());
    }

    private ProfileUse use(
            String key, LocalDate date, @Nullable ProfileVersion own, ProfileVersion national) {
        Map<String, Trust> dims = new TreeMap<>();
        for (String d : ProfileSettings.DIMENSIONS) {
            ProfileVersion decides = own != null && own.settings().sets(d) ? own : national;
            dims.put(d, decides.source().trustOf(d));
        }
        return new ProfileUse(
                own == null ? "" : own.version(),
                national.version(),
                profiles.trustOn(key, date),
                dims);
    }

    private String name(String key) {
        if (key.equals(NO_PROFILE)) {
            return "No insurer profile";
        }
        return profiles.insurers().stream()
                .filter(p -> p.id().equals(key))
                .map(InsurerProfile::name)
                .findFirst()
                .orElse(key);
    }
}
