package nl.tztcheck.checklist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.tztcheck.claims.Technology;
import nl.tztcheck.i18n.Language;
import nl.tztcheck.i18n.Messages;
import nl.tztcheck.money.Money;
import nl.tztcheck.profiles.EffectiveProfile;
import nl.tztcheck.profiles.InsurerLabel;
import nl.tztcheck.profiles.InsurerProfile;
import nl.tztcheck.profiles.ProfileSet;
import nl.tztcheck.profiles.ProfileVersion;
import nl.tztcheck.profiles.Provenance;
import nl.tztcheck.profiles.TariffCeiling;
import nl.tztcheck.profiles.Terms;
import nl.tztcheck.profiles.Trust;
import nl.tztcheck.rules.RuleTexts;

/**
 * Builds one insurer's checklist on a date from its profile version laid over the national one: one
 * item per condition of the checking contract, in the order a clerk meets them (contract, what is
 * covered, how much, at what tariff, what else must hold), each with the trust and source of the
 * version that decides it. Texts in {@code i18n/checklist_<nl|en>.properties}. About 170 lines: one
 * short method per kind of item.
 */
public final class ChecklistBuilder {

    public static final String BUNDLE = "checklist";

    private final Messages texts;
    private final RuleTexts figures;
    private final EffectiveProfile profile;
    private final Citations citations;
    private final List<ChecklistItem> items = new ArrayList<>();

    private ChecklistBuilder(EffectiveProfile profile, Language language) {
        this.texts = Messages.of(BUNDLE, language);
        this.figures = RuleTexts.of(language);
        this.profile = profile;
        this.citations = new Citations(profile.nationalVersion());
    }

    /**
     * The checklist of {@code insurer} on {@code date}; empty when the insurer or the national rule
     * has no version then.
     */
    public static Optional<Checklist> build(
            ProfileSet set, InsurerProfile insurer, LocalDate date, Language language) {
        Optional<ProfileVersion> iv = insurer.versionOn(date);
        Optional<ProfileVersion> nv = set.nationalOn(date);
        if (iv.isEmpty() || nv.isEmpty()) {
            return Optional.empty();
        }
        EffectiveProfile profile =
                new EffectiveProfile(
                        insurer.id(),
                        insurer.name(),
                        iv.get(),
                        nv.get(),
                        iv.get().settings().over(nv.get().settings()));
        return Optional.of(new ChecklistBuilder(profile, language).build(insurer, set, date));
    }

    private Checklist build(InsurerProfile insurer, ProfileSet set, LocalDate date) {
        Terms s = profile.settings();
        String name = profile.insurerName();
        String codes = String.join(", ", new TreeSet<>(s.technologyCodes()));
        item(
                "contracted",
                s.contracted()
                        ? texts.get("contracted.yes", "insurer", name, "codes", codes)
                        : texts.get("contracted.no", "insurer", name, "codes", codes),
                "contracted");
        item("codes", texts.get("codes.text", "codes", codes), "technologyCodes");
        Set<Technology> notCovered = EnumSet.allOf(Technology.class);
        notCovered.removeAll(s.coveredCategories());
        item(
                "covered",
                texts.get("covered.text", "covered", figures.technologies(s.coveredCategories()))
                        + (notCovered.isEmpty()
                                ? ""
                                : " "
                                        + texts.get(
                                                "covered.not",
                                                "notCovered",
                                                figures.technologies(notCovered))),
                "coveredCategories");
        item(
                "excluded",
                s.excludedProducts().isEmpty()
                        ? texts.get("excluded.none")
                        : texts.get(
                                "excluded.text",
                                "products",
                                String.join(", ", new TreeSet<>(s.excludedProducts()))),
                "excludedProducts");
        item(
                "monthlyCap",
                texts.get("monthlyCap.text", "cap", figures.cap(s.monthlyCapMinutes())),
                "monthlyCapMinutes");
        item("categoryCaps", categoryCaps(s.categoryCapsMinutes()), "categoryCapsMinutes");
        item("tariff", tariff(s), "tariffCeiling", "tariffs");
        item(
                "approval",
                texts.get(s.requiresApproval() ? "approval.yes" : "approval.no", "insurer", name),
                "requiresApproval");
        item(
                "regularCare",
                texts.get(
                        s.requiresRegularCareSameMonth() ? "regularCare.yes" : "regularCare.no",
                        "codes",
                        String.join(", ", new TreeSet<>(s.regularCareCodes()))),
                "requiresRegularCareSameMonth",
                "regularCareCodes");
        item("zvw", texts.get(s.requiresZvw() ? "zvw.yes" : "zvw.no"), "requiresZvw");
        item(
                "wlz",
                texts.get(s.excludesWlzIndication() ? "wlz.yes" : "wlz.no"),
                "excludesWlzIndication");
        otherConditions();
        return new Checklist(
                texts.language(),
                insurer.id(),
                name,
                insurer.labels().stream().map(InsurerLabel::uzovi).toList(),
                List.copyOf(new TreeSet<>(s.technologyCodes())),
                date.getYear(),
                date,
                profile.insurerVersion().version() + " (" + profile.insurerVersion().period() + ")",
                profile.nationalVersion().version()
                        + " ("
                        + profile.nationalVersion().period()
                        + ")",
                s.contracted(),
                warnings(insurer, set, date),
                items,
                citations.sources(),
                Trust.worst(items.stream().map(ChecklistItem::trust).toList()),
                Provenance.shortFingerprint(set.fingerprint()));
    }

    /**
     * An item on dimensions: its trust and refs from the version that decides each (the insurer's
     * where it sets it).
     */
    private void item(String topic, String text, String... dimensions) {
        List<String> dims = List.of(dimensions);
        List<String> refs = new ArrayList<>();
        List<String> byInsurer =
                dims.stream()
                        .filter(d -> profile.decidingVersion(d) == profile.insurerVersion())
                        .toList();
        List<String> byNation = dims.stream().filter(d -> !byInsurer.contains(d)).toList();
        if (!byInsurer.isEmpty()) {
            refs.addAll(citations.refs(profile.insurerVersion(), byInsurer));
        }
        if (!byNation.isEmpty()) {
            refs.addAll(citations.refs(profile.nationalVersion(), byNation));
        }
        Trust trust = Trust.worst(dims.stream().map(profile::trustOf).toList());
        items.add(
                new ChecklistItem(
                        texts.get("topic." + topic), text, dims, trust, byInsurer.isEmpty(), refs));
    }

    private String categoryCaps(Map<Technology, Integer> caps) {
        if (caps.isEmpty()) {
            return texts.get("categoryCaps.none");
        }
        List<String> each = new ArrayList<>();
        new java.util.TreeMap<>(caps)
                .forEach(
                        (t, m) ->
                                each.add(
                                        texts.get(
                                                "categoryCaps.one",
                                                "technology",
                                                figures.technology(t),
                                                "cap",
                                                figures.cap(m))));
        return texts.get("categoryCaps.text", "caps", String.join("; ", each));
    }

    private String tariff(Terms s) {
        TariffCeiling c = s.tariffCeiling();
        String basis =
                texts.get(
                                "basis." + c.basis().name(),
                                "fixed",
                                c.fixed() == null ? "" : figures.money(c.fixed()))
                        + (c.percentage().compareTo(TariffCeiling.HUNDRED) == 0
                                ? ""
                                : " x " + figures.number(c.percentage()) + "%");
        List<String> agreed = new ArrayList<>();
        // V before PV, as the NZa lists them; any other key after them
        s.tariffs().entrySet().stream()
                .sorted(
                        Map.Entry.comparingByKey(
                                java.util.Comparator.comparing((String k) -> !k.equals("V"))
                                        .thenComparing(k -> !k.equals("PV"))
                                        .thenComparing(k -> k)))
                .forEach(e -> agreed.add(e.getKey() + " " + figures.money(e.getValue())));
        String tariffs =
                agreed.isEmpty() ? texts.get("tariff.noTariffs") : String.join(", ", agreed);
        Optional<Money> perHour = c.perHour(s.tariffs());
        return perHour.map(
                        m ->
                                texts.get(
                                        "tariff.text",
                                        "ceiling",
                                        figures.money(m),
                                        "basis",
                                        basis,
                                        "tariffs",
                                        tariffs))
                .orElseGet(() -> texts.get("tariff.unknown", "basis", basis, "tariffs", tariffs));
    }

    /**
     * The insurer's and the national rule's conditions a claims file cannot show, in the source's
     * words; or that there are none.
     */
    private void otherConditions() {
        boolean any = false;
        for (ProfileVersion v : List.of(profile.insurerVersion(), profile.nationalVersion())) {
            for (String condition : v.conditionsNotChecked()) {
                items.add(
                        new ChecklistItem(
                                texts.get("topic.other"),
                                texts.get("other.text", "condition", condition.strip()),
                                List.of(),
                                wholeVersionTrust(v),
                                v == profile.nationalVersion(),
                                citations.refs(v, List.of())));
                any = true;
            }
        }
        if (!any) {
            ProfileVersion v = profile.insurerVersion();
            items.add(
                    new ChecklistItem(
                            texts.get("topic.other"),
                            texts.get("other.none"),
                            List.of(),
                            wholeVersionTrust(v),
                            false,
                            citations.refs(v, List.of())));
        }
    }

    /**
     * A condition no dimension holds: as far as the version's source as a whole is backed (as
     * {@code Source.cite()} says).
     */
    private static Trust wholeVersionTrust(ProfileVersion v) {
        return v.source().verified()
                ? Trust.VERIFIED
                : v.source().illustrative() ? Trust.ILLUSTRATIVE : Trust.UNVERIFIED;
    }

    private List<String> warnings(InsurerProfile insurer, ProfileSet set, LocalDate date) {
        List<String> list = new ArrayList<>();
        String name = profile.insurerName();
        if (!profile.settings().contracted()) {
            list.add(
                    texts.get(
                            "warning.notContracted",
                            "insurer",
                            name,
                            "codes",
                            String.join(
                                    ", ", new TreeSet<>(profile.settings().technologyCodes()))));
        }
        for (ProfileVersion v : List.of(profile.insurerVersion(), profile.nationalVersion())) {
            if (!v.sourcedForPeriod()) {
                list.add(
                        texts.get(
                                v == profile.nationalVersion()
                                        ? "warning.carriedForward.national"
                                        : "warning.carriedForward",
                                "insurer",
                                name,
                                "version",
                                v.version(),
                                "from",
                                v.carriedForwardFrom()));
            }
        }
        Checklists.laterVersionInYear(set, insurer, date)
                .ifPresent(
                        later ->
                                list.add(
                                        texts.get(
                                                "warning.laterVersion",
                                                "date",
                                                figures.date(later))));
        return list;
    }
}
