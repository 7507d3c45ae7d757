package nl.tztcheck.money;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Reads euro amounts as Dutch and English spreadsheets write them: {@code 74,50}, {@code 74.50},
 * {@code 1.234,56}, {@code 1,234.56}, optionally with a euro sign.
 *
 * <p>Rule: when both '.' and ',' occur, the last one is the decimal separator. When only one of
 * them occurs once, it is the decimal separator; when it occurs more than once it groups
 * thousands. More than two decimals (other than trailing zeros) is refused rather than
 * guessed, because {@code 1.234} could mean 1234 (Dutch) or 1.234 (English).
 */
public final class AmountParser {

    /** 999,999,999.99 euros: the largest amount a Vektis declaration field (11 digits of cents) holds. */
    public static final long MAX_CENTS = 99_999_999_999L;

    private static final java.util.regex.Pattern PLAIN = java.util.regex.Pattern.compile("\\d+(\\.\\d+)?");
    private static final int MAX_DIGITS = 40;

    private AmountParser() {
    }

    /** The amount in cents, or empty when the text is not a readable euro amount. */
    public static Optional<Money> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.trim();
        if (!isSimple(s)) {
            s = s.replace("\u20ac", "").replace("EUR", "").replace(" ", "").replace("\u00a0", "");
        }
        boolean negative = false;
        if (s.startsWith("-")) {
            negative = true;
            s = s.substring(1);
        } else if (s.startsWith("+")) {
            s = s.substring(1);
        }
        if (s.isEmpty()) {
            return Optional.empty();
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
        // no amount has 40 digits; a longer text is refused before BigDecimal works through it
        if (normalised == null || normalised.length() > MAX_DIGITS || !PLAIN.matcher(normalised).matches()) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(normalised).stripTrailingZeros();
        if (value.scale() > 2) {
            return Optional.empty();
        }
        long cents;
        try {
            cents = value.movePointRight(2).longValueExact();
        } catch (ArithmeticException tooBig) {
            return Optional.empty(); // more cents than a long holds: not an amount, and no crash
        }
        if (cents > MAX_CENTS) {
            return Optional.empty(); // above what any declaration field holds; also keeps minutes x tariff far from overflow
        }
        return Optional.of(Money.cents(negative ? -cents : cents));
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

    private static String withDecimal(String s, char decimal, char grouping) {
        int decimalAt = s.lastIndexOf(decimal);
        String whole = s.substring(0, decimalAt);
        if (whole.indexOf(decimal) >= 0 || !validGrouping(whole, grouping)) {
            return null;
        }
        return whole.replace(String.valueOf(grouping), "") + "." + s.substring(decimalAt + 1);
    }

    private static String groupedOnly(String s, char sep) {
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
