package nl.tztcheck.profiles;

/**
 * The rules that apply to a line: an insurer's version laid over the national version valid on
 * the same date. This is what the rules read; they never see the YAML.
 */
public record EffectiveProfile(
        String insurerId,
        String insurerName,
        ProfileVersion insurerVersion,
        ProfileVersion nationalVersion,
        ProfileSettings settings) {

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
     * Who decided these dimensions for this line: the insurer's document when its version sets
     * one of them (verified only if the document backs them), else the national rule.
     */
    public String sourceOf(java.util.List<String> dimensions) {
        return sourceOf(dimensions, nl.tztcheck.i18n.Language.EN);
    }

    /** {@link #sourceOf(java.util.List)} worded in {@code language}. */
    public String sourceOf(java.util.List<String> dimensions, nl.tztcheck.i18n.Language language) {
        boolean insurerSets = dimensions.stream().anyMatch(d -> insurerVersion.settings().sets(d));
        if (!insurerSets) {
            return nl.tztcheck.i18n.Messages.of("sources", language).get("nationalApplies", "insurer", insurerName)
                    + nationalVersion.source().cite(dimensions, language);
        }
        return insurerVersion.source().cite(dimensions.stream().filter(d -> insurerVersion.settings().sets(d)).toList(), language);
    }

    public String nationalSource() {
        return nationalVersion.source().cite();
    }
}
