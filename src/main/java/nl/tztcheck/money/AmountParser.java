package nl.tztcheck.money;

import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads euro amounts as Dutch and English spreadsheets write them: {@code 74,50}, {@code 74.50},
 * {@code 1.234,56}, {@code 1,234.56}, optionally with a euro sign.
 *
 * <p>Rule: when both '.' and ',' occur, the last one is the decimal separator. When only one of
 * them occurs once, it is the decimal separator; when it occurs more than once it groups thousands.
 * More than two decimals (other than trailing zeros) is refused rather than guessed, because {@code
 * 1.234} could mean 1234 (Dutch) or 1.234 (English).
 */
public final class AmountParser {

    /**
     * 9,999,999.99 euros: the most one line (amount or hourly tariff) may hold, either sign. No
     * home-care line comes near it (a whole month of minutes at 1,000 euros an hour is 744,000
     * euros), and it leaves room for sums: the figures of nine billion such lines still fit the
     * cents of a {@code long}, and minutes x tariff of one line fits by a factor of 200,000.
     */
    public static final long MAX_CENTS = 999_999_999L;

    /** What is wrong with a text that is no amount, so the reject can say so precisely. */
    public enum Problem {
        /** Letters, bad grouping, a lone sign: not a number at all. */
        NOT_AN_AMOUNT,
        /** "NaN": what a program writes for a calculation that has no result. */
        NOT_A_NUMBER,
        /** "#VALUE!", "#DIV/0!", "#WAARDE!": a spreadsheet formula that failed. */
        SPREADSHEET_ERROR,
        /**
         * "1e3", "7,45E+1": scientific notation, which a spreadsheet writes for a number in a too
         * narrow column.
         */
        SCIENTIFIC_NOTATION,
        /**
         * "74,505": more than two decimals, which would be guessed (1.234 could be 1234 or 1.234).
         */
        TOO_MANY_DECIMALS,
        /** "Infinity", or more than {@link #MAX_CENTS} cents. */
        OUT_OF_RANGE
    }

    /** An amount, or why the text is none. */
    public record Result(@Nullable Money money, @Nullable Problem problem) {

        public boolean ok() {
            return money != null;
        }
    }

    private static final java.util.regex.Pattern PLAIN =
            java.util.regex.Pattern.compile("\\d+(\\.\\d+)?");
    private static final java.util.regex.Pattern SCIENTIFIC =
            java.util.regex.Pattern.compile("[-+]?[\\d.,]*\\d[eE][-+]?\\d*");
    private static final java.util.regex.Pattern INFINITE =
            java.util.regex.Pattern.compile("(?i)[-+]?(inf|infinity|oneindig|\u221e)");
    private static final java.util.regex.Pattern NAN =
            java.util.regex.Pattern.compile("(?i)[-+]?nan");
    private static final java.util.regex.Pattern DIGITS_AND_MARKS =
            java.util.regex.Pattern.compile("[\\d.,]+");
    private static final int MAX_DIGITS = 40;

    private AmountParser() {}

    /**
     * The amount in cents, or empty when the text is not a readable euro amount ({@link
     * #read(String)} says why).
     */
    public static Optional<Money> parse(String text) {
        return Optional.ofNullable(read(text).money());
    }

    /** The amount in cents, or the reason the text is none. */
    public static Result read(String text) {
        if (text == null) {
            return fail(Problem.NOT_AN_AMOUNT);
        }
        String s = text.trim();
        if (!isSimple(s)) {
            s = s.replace("\u20ac", "").replace("EUR", "").replace(" ", "").replace("\u00a0", "");
            Problem notation = notation(s);
            if (notation != null) {
                return fail(notation);
            }
        }
        boolean negative = false;
        if (s.startsWith("-")) {
            negative = true;
            s = s.substring(1);
        } else if (s.startsWith("+")) {
            s = s.substring(1);
        }
        if (s.isEmpty()) {
            return fail(Problem.NOT_AN_AMOUNT);
        }
        if (s.length() > MAX_DIGITS) {
            // no amount has 40 digits; a longer text is refused before BigDecimal works through it
            return fail(
                    DIGITS_AND_MARKS.matcher(s).matches()
                            ? Problem.OUT_OF_RANGE
                            : Problem.NOT_AN_AMOUNT);
        }
        int lastDot = s.lastIndexOf('.');
        int lastComma = s.lastIndexOf(',');
        String normalised;
        if (lastDot >= 0 && lastComma >= 0) {
            char decimal = lastDot > lastComma ? '.' : ',';
            char grouping = decimal == '.' ? ',' : '.';
            normalised = withDecimal(s, decimal, grouping);
        } else if (lastDot >= 0 || lastComma >= 0) {
            char sep = lastDot >= 0 ? '.' : ',';
            long count = s.chars().filter(c -> c == sep).count();
            normalised = count == 1 ? s.replace(sep, '.') : groupedOnly(s, sep);
        } else {
            normalised = s;
        }
        if (normalised == null || !PLAIN.matcher(normalised).matches()) {
            return fail(Problem.NOT_AN_AMOUNT);
        }
        BigDecimal value = new BigDecimal(normalised).stripTrailingZeros();
        if (value.scale() > 2) {
            return fail(Problem.TOO_MANY_DECIMALS);
        }
        if (value.movePointRight(2).compareTo(BigDecimal.valueOf(MAX_CENTS)) > 0) {
            return fail(Problem.OUT_OF_RANGE); // also keeps minutes x tariff and every sum far from
            // overflow
        }
        long cents = value.movePointRight(2).longValueExact();
        return new Result(Money.cents(negative ? -cents : cents), null);
    }

    /**
     * Why a number written as a program or spreadsheet writes it is no amount here ("NaN",
     * "Infinity", "1e309", "#VALUE!"), or null. Also used for minutes.
     */
    public static @Nullable Problem notation(String text) {
        String s = text.strip();
        if (s.startsWith("#")) {
            return Problem.SPREADSHEET_ERROR;
        }
        if (NAN.matcher(s).matches()) {
            return Problem.NOT_A_NUMBER;
        }
        if (INFINITE.matcher(s).matches()) {
            return Problem.OUT_OF_RANGE;
        }
        if (SCIENTIFIC.matcher(s).matches()) {
            return Problem.SCIENTIFIC_NOTATION;
        }
        return null;
    }

    /** "9.999.999,99" (Dutch) for the reject texts. */
    public static String maxInEuros() {
        return Money.cents(MAX_CENTS).toDutchString();
    }

    private static Result fail(Problem problem) {
        return new Result(null, problem);
    }

    /** Digits and separators only: nothing to strip (the common case, kept fast). */
    private static boolean isSimple(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < '0' || c > '9') && c != '.' && c != ',' && c != '-' && c != '+') {
                return false;
            }
        }
        return true;
    }

    private static @Nullable String withDecimal(String s, char decimal, char grouping) {
        int decimalAt = s.lastIndexOf(decimal);
        String whole = s.substring(0, decimalAt);
        if (whole.indexOf(decimal) >= 0 || !validGrouping(whole, grouping)) {
            return null;
        }
        return whole.replace(String.valueOf(grouping), "") + "." + s.substring(decimalAt + 1);
    }

    private static @Nullable String groupedOnly(String s, char sep) {
        return validGrouping(s, sep) ? s.replace(String.valueOf(sep), "") : null;
    }

    /** Thousands groups must have three digits: "1.234.567" yes, "12.34.5" no. */
    private static boolean validGrouping(String whole, char grouping) {
        String[] parts = whole.split(java.util.regex.Pattern.quote(String.valueOf(grouping)), -1);
        if (parts.length == 1) {
            return true;
        }
        if (parts[0].isEmpty() || parts[0].length() > 3) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].length() != 3) {
                return false;
            }
        }
        return true;
    }
}
