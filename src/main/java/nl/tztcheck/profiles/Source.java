package nl.tztcheck.profiles;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import nl.tztcheck.i18n.Language;
import org.jspecify.annotations.Nullable;

/**
 * Where a profile version's conditions come from, and how far it backs each of them (a {@link
 * Trust} per dimension):
 *
 * <ul>
 *   <li>VERIFIED: the whole version ({@code verified}) or the dimension ({@code
 *       verifiedDimensions}) is backed, which the validator allows only where a {@link Quote} of
 *       the source names the dimension;
 *   <li>ILLUSTRATIVE: an invented sample value, for the whole version ({@code illustrative}) or one
 *       dimension ({@code illustrativeDimensions});
 *   <li>UNVERIFIED: everything else, a plausible value no quote backs (e.g. 2024 tariffs reused for
 *       a later year).
 * </ul>
 */
public record Source(
        String title,
        @Nullable String url,
        @Nullable String retrieved,
        @Nullable String section,
        boolean verified,
        @Nullable String note,
        Set<String> verifiedDimensions,
        boolean illustrative,
        Set<String> illustrativeDimensions,
        List<Quote> quotes) {

    public Source {
        verifiedDimensions = Set.copyOf(verifiedDimensions);
        illustrativeDimensions = Set.copyOf(illustrativeDimensions);
        quotes = List.copyOf(quotes);
    }

    /**
     * A source without quotes; {@code verified=false} means illustrative (cost files, zorgkantoor
     * policies).
     */
    public Source(
            String title,
            @Nullable String url,
            @Nullable String retrieved,
            @Nullable String section,
            boolean verified,
            @Nullable String note) {
        this(
                title, url, retrieved, section, verified, note, Set.of(), !verified, Set.of(),
                List.of());
    }

    /**
     * True when the source backs this dimension: the whole version is verified, or the dimension is
     * listed.
     */
    public boolean verifies(String dimension) {
        return verified || verifiedDimensions.contains(dimension);
    }

    /** True when a quote of this source names the dimension. */
    public boolean quotes(String dimension) {
        return quotes.stream().anyMatch(q -> q.dimensions().contains(dimension));
    }

    /** How far this source backs one dimension. */
    public Trust trustOf(String dimension) {
        if (verifies(dimension)) {
            return Trust.VERIFIED;
        }
        return illustrative || illustrativeDimensions.contains(dimension)
                ? Trust.ILLUSTRATIVE
                : Trust.UNVERIFIED;
    }

    /** The worst over these dimensions (VERIFIED for none). */
    public Trust trustOf(Collection<String> dimensions) {
        return Trust.worst(dimensions.stream().map(this::trustOf).toList());
    }

    /**
     * The citation with the trust of these dimensions, in English: "title, section <url>
     * (unverified)".
     */
    public String cite(Collection<String> dimensions) {
        return cite(dimensions, Language.EN);
    }

    /**
     * The citation with the trust of these dimensions in the given language; for none, the whole
     * version's.
     */
    public String cite(Collection<String> dimensions, Language language) {
        Trust trust =
                dimensions.isEmpty()
                        ? (verified
                                ? Trust.VERIFIED
                                : illustrative ? Trust.ILLUSTRATIVE : Trust.UNVERIFIED)
                        : trustOf(dimensions);
        return citation() + " (" + trust.label(language) + ")";
    }

    /** One line for findings and reports: "title, section (trust of the whole version)". */
    public String cite() {
        return cite(List.of());
    }

    /** {@link #cite()} in {@code language}. */
    public String cite(Language language) {
        return cite(List.of(), language);
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
