package nl.tztcheck.comparison;

import java.time.YearMonth;

/**
 * Clients and client-months as numbers for counting only: the 48 bits of a pseudonym ({@code P-}
 * and 12 hex digits), and that with the month appended. They never leave the builder.
 */
final class ClientKeys {

    private ClientKeys() {}

    private static final java.util.regex.Pattern PSEUDONYM =
            java.util.regex.Pattern.compile("P-[0-9a-f]{12}");

    static long client(String pseudonym) {
        if (pseudonym != null && PSEUDONYM.matcher(pseudonym).matches()) {
            return Long.parseLong(pseudonym, 2, pseudonym.length(), 16);
        }
        // not a pseudonym of ours (cannot happen in a run): count it apart from every real one
        return (1L << 48) | (String.valueOf(pseudonym).hashCode() & 0xffffffffL);
    }

    /** 49 bits of client, 14 bits of months since 1900 (enough until the year 3265). */
    static long clientMonth(long client, YearMonth month) {
        long m = (month.getYear() - 1900L) * 12 + month.getMonthValue() - 1;
        return client << 14 | m;
    }
}
