package nl.tztcheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTests {

    private static final LocalDate MARCH_5 = LocalDate.of(2024, 3, 5);

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(
            strings = {
                "2024-03-05", // ISO
                "05-03-2024", // day first, Dutch
                "20240305", // compact
                "2024-3-5",
                "5-3-2024",
                "05/03/2024",
                "5/3/2024",
                "05.03.2024",
                " 2024-03-05 "
            })
    void readsTheSpecFormatsAndTheirDayFirstVariantsAsMarchFifth(String text) {
        // given a date as an export writes it
        // when parsed
        var date = DateParser.parse(text);

        // then it is 5 March 2024, never 3 May
        assertThat(date).contains(MARCH_5);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"2024-02-29", "29-02-2024", "20240229"})
    void acceptsALeapDay(String text) {
        // given / when / then
        assertThat(DateParser.parse(text)).contains(LocalDate.of(2024, 2, 29));
    }

    @ParameterizedTest(name = "''{0}'' is refused")
    @ValueSource(
            strings = {
                "2024-02-30", // no such day
                "30-02-2024",
                "20240230",
                "2023-02-29", // not a leap year
                "2024-13-01", // no month 13
                "2024-00-10",
                "2024-04-31",
                "03/25/2024", // American month-first: month 25 does not exist
                "00-03-2024",
                "2024/03/05",
                "24-03-05",
                "5-3-24",
                "2024030",
                "202403055",
                "5 maart 2024",
                "2024-03-05T10:00",
                "yesterday"
            })
    void refusesInvalidOrUnknownDates(String text) {
        // given / when / then
        assertThat(DateParser.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void nothingIsNoDate(String text) {
        // given / when / then
        assertThat(DateParser.parse(text)).isEmpty();
    }
}
