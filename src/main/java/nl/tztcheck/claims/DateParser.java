package nl.tztcheck.claims;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as exports write them: {@code 2024-03-05}, {@code 05-03-2024}, {@code 20240305}. Day-first
 * forms may use one digit and '/' ({@code 5-3-2024}, {@code 5/3/2024}), which is what Dutch Excel
 * writes; month-first (American) dates are not accepted.
 */
public final class DateParser {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DAY_FIRST =
            Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

    private DateParser() {}

    public static Optional<LocalDate> parse(String text) {
        String s = text == null ? "" : text.trim();
        Matcher m = ISO.matcher(s);
        if (m.matches()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        m = DAY_FIRST.matcher(s);
        if (m.matches()) {
            return of(m.group(3), m.group(2), m.group(1));
        }
        m = COMPACT.matcher(s);
        if (m.matches()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> of(String year, String month, String day) {
        try {
            return Optional.of(
                    LocalDate.of(
                            Integer.parseInt(year),
                            Integer.parseInt(month),
                            Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
