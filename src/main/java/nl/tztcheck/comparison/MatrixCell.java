package nl.tztcheck.comparison;

import nl.tztcheck.profiles.Trust;

/**
 * How one insurer interprets one dimension on a date.
 *
 * @param value the text shown; for an insurer that is not contracted, a national value it does not
 *     set is marked as national
 * @param canonical the text compared: two cells interpret the dimension alike exactly when these
 *     are equal
 * @param deviates differs from the national rule on that date
 * @param setByInsurer the insurer's version sets (one of) the row's keys; else the national value
 *     applies
 * @param source the document that decides the value, with how far it is trusted
 * @param verified that document backs the row's keys
 * @param trust verified, unverified or illustrative, as far as the deciding document backs the
 *     row's keys
 */
public record MatrixCell(
        String value,
        String canonical,
        boolean deviates,
        boolean setByInsurer,
        String source,
        boolean verified,
        Trust trust) {}
