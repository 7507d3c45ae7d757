package nl.tztcheck.profiles;

import java.util.List;
import java.util.Map;
import nl.tztcheck.i18n.Language;

/**
 * The rules that apply to a line: an insurer's version laid over the national version valid on the
 * same date. This is what the rules read; they never see the YAML.
 */
public record EffectiveProfile(
        String insurerId,
        String insurerName,
        ProfileVersion insurerVersion,
        ProfileVersion nationalVersion,
        Terms settings) {

    /** "vgz@2024", written on every finding so staff know which interpretation judged the line. */
    public String label() {
        return insurerId + "@" + insurerVersion.version();
    }

    public String versionLabel() {
        return insurerVersion.version() + " (national " + nationalVersion.version() + ")";
    }

    public String insurerSource() {
        return insurerVersion.source().cite();
    }

    /**
     * The version whose source decides a dimension: the insurer's when it sets it, else the
     * national one.
     */
    public ProfileVersion decidingVersion(String dimension) {
        return insurerVersion.settings().sets(dimension) ? insurerVersion : nationalVersion;
    }

    /** How far the value of one dimension that applies here is backed. */
    public Trust trustOf(String dimension) {
        return decidingVersion(dimension).source().trustOf(dimension);
    }

    /**
     * The worst trust over every dimension that applies: what a figure judged by this profile may
     * claim.
     */
    public Trust trust() {
        return Trust.worst(ProfileSettings.DIMENSIONS.stream().map(this::trustOf).toList());
    }

    /** Every dimension that applies, by its trust (in dimension order within each). */
    public Map<Trust, List<String>> dimensionsByTrust() {
        Map<Trust, List<String>> map = new java.util.EnumMap<>(Trust.class);
        for (String d : ProfileSettings.DIMENSIONS) {
            map.computeIfAbsent(trustOf(d), t -> new java.util.ArrayList<>()).add(d);
        }
        map.replaceAll((t, l) -> List.copyOf(l));
        return map;
    }

    /** True when both versions behind this profile are backed by a source for their period. */
    public boolean sourcedForPeriod() {
        return insurerVersion.sourcedForPeriod() && nationalVersion.sourcedForPeriod();
    }

    /** In English; see {@link #sourceOf(List, Language)}. */
    public String sourceOf(List<String> dimensions) {
        return sourceOf(dimensions, Language.EN);
    }

    /**
     * Who decided these dimensions for this line: the insurer's document when its version sets one
     * of them, else the national rule; with how far the document backs them, in the run's language.
     */
    public String sourceOf(List<String> dimensions, Language language) {
        boolean insurerSets = dimensions.stream().anyMatch(d -> insurerVersion.settings().sets(d));
        if (!insurerSets) {
            return nl.tztcheck.i18n.Messages.of(Provenance.BUNDLE, language)
                            .get("source.nationalApplies", "insurer", insurerName)
                    + " "
                    + nationalVersion.source().cite(dimensions, language);
        }
        return insurerVersion
                .source()
                .cite(
                        dimensions.stream().filter(d -> insurerVersion.settings().sets(d)).toList(),
                        language);
    }

    public String nationalSource() {
        return nationalVersion.source().cite();
    }
}
