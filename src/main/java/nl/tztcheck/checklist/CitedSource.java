package nl.tztcheck.checklist;

import java.util.List;

/**
 * A source the page cites, numbered in the order of first use, with the quotes of it the page uses.
 *
 * @param number "1", "2": what the items refer to
 * @param national true for the national rule's source, false for the insurer's
 * @param version the profile version it backs ("2024")
 * @param url empty when the profile gives none
 * @param section empty when the profile gives none
 */
public record CitedSource(
        String number,
        boolean national,
        String version,
        String title,
        String section,
        String url,
        List<CitedQuote> quotes) {

    public CitedSource {
        quotes = List.copyOf(quotes);
    }

    /** A quote of the source, numbered after it: "1a", "1b". */
    public record CitedQuote(String ref, String text) {}
}
