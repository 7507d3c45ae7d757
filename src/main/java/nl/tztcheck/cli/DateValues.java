package nl.tztcheck.cli;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.tztcheck.claims.DateParser;
import picocli.CommandLine;

/**
 * Dates and months on the command line as the export may write them: {@code 2024-03-01}, {@code
 * 01-03-2024} (also with {@code /} or {@code .}) and {@code 20240301}, the same parser as the CSV's
 * service dates; months as {@code 2024-03} or {@code 03-2024}. A value that is none of these is
 * picocli's "Invalid value", which {@link CommandLineErrors} turns into one Dutch (or English)
 * sentence naming the forms: never a raw DateTimeParseException.
 */
final class DateValues {

    private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})[-/.](\\d{1,2})");
    private static final Pattern MONTH_FIRST = Pattern.compile("(\\d{1,2})[-/.](\\d{4})");

    private DateValues() {}

    static final class Dates implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            return DateParser.parse(value == null ? "" : value.trim())
                    .orElseThrow(
                            () ->
                                    new CommandLine.TypeConversionException(
                                            "Invalid value '" + value + "'"));
        }
    }

    static final class Months implements CommandLine.ITypeConverter<YearMonth> {
        @Override
        public YearMonth convert(String value) {
            String v = value == null ? "" : value.trim();
            try {
                Matcher iso = ISO_MONTH.matcher(v);
                if (iso.matches()) {
                    return YearMonth.of(
                            Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)));
                }
                Matcher dutch = MONTH_FIRST.matcher(v);
                if (dutch.matches()) {
                    return YearMonth.of(
                            Integer.parseInt(dutch.group(2)), Integer.parseInt(dutch.group(1)));
                }
            } catch (java.time.DateTimeException e) {
                // month 13: said below like any other value that is no month
            }
            throw new CommandLine.TypeConversionException("Invalid value '" + value + "'");
        }
    }
}
