package nl.tztcheck.profiles;

/**
 * Where a profile version's conditions come from. {@code verified=false} means illustrative: a
 * plausible condition no public source was found for, to be replaced by the provider's contract.
 */
public record Source(String title, String url, String retrieved, String section, boolean verified, String note,
        java.util.Set<String> verifiedDimensions) {

    public Source(String title, String url, String retrieved, String section, boolean verified, String note) {
        this(title, url, retrieved, section, verified, note, java.util.Set.of());
    }

    /** True when the source backs this dimension: the whole version is verified, or the dimension is listed. */
    public boolean verifies(String dimension) {
        return verified || verifiedDimensions.contains(dimension);
    }

    /** How far this source backs one dimension. */
    public Trust trustOf(String dimension) {
        return verifies(dimension) ? Trust.VERIFIED : Trust.ILLUSTRATIVE;
    }

    /** The worst over these dimensions (VERIFIED for none). */
    public Trust trustOf(java.util.Collection<String> dimensions) {
        return Trust.worst(dimensions.stream().map(this::trustOf).toList());
    }

    /** The citation, verified or illustrative as far as these dimensions go, in English. */
    public String cite(java.util.Collection<String> dimensions) {
        return cite(dimensions, nl.tztcheck.i18n.Language.EN);
    }

    /** One line for findings and reports: "title, section (verified|illustrative)", in English. */
    public String cite() {
        return cite(nl.tztcheck.i18n.Language.EN);
    }

    /** The citation with how far it backs these dimensions worded in {@code language} (i18n/sources); titles stay as written. */
    public String cite(java.util.Collection<String> dimensions, nl.tztcheck.i18n.Language language) {
        boolean backed = !dimensions.isEmpty() && dimensions.stream().allMatch(this::verifies);
        return citation() + suffix(backed || (dimensions.isEmpty() && verified) ? Trust.VERIFIED : Trust.ILLUSTRATIVE, language);
    }

    /** {@link #cite()} in {@code language}. */
    public String cite(nl.tztcheck.i18n.Language language) {
        return citation() + suffix(verified ? Trust.VERIFIED : Trust.ILLUSTRATIVE, language);
    }

    private static String suffix(Trust trust, nl.tztcheck.i18n.Language language) {
        return " (" + nl.tztcheck.i18n.Messages.of("sources", language).get("trust." + trust.name()) + ")";
    }

    private String citation() {
        StringBuilder sb = new StringBuilder(title);
        if (section != null && !section.isBlank()) {
            sb.append(", ").append(section);
        }
        if (url != null && !url.isBlank()) {
            sb.append(" <").append(url).append('>');
        }
        return sb.toString();
    }
}
