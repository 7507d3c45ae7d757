package nl.tztcheck.money;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountParserTests {

    @ParameterizedTest(name = "''{0}'' = {1} cents")
    @CsvSource(
            delimiter = '|',
            value = {
                "74,50 | 7450",
                "74.50 | 7450",
                "74 | 7400",
                "74,5 | 7450",
                "0,05 | 5",
                "1.234,56 | 123456",
                "1,234.56 | 123456",
                "1.234.567,89 | 123456789",
                "1,234,567.89 | 123456789",
                "1.234.567 | 123456700", // dots only, more than one: grouping
                "1,234,567 | 123456700",
                "€ 74,50 | 7450",
                "€74,50 | 7450",
                "74,50 € | 7450",
                "EUR 1.234,56 | 123456",
                "' 74,50 ' | 7450",
                "-74,50 | -7450",
                "-1.234,56 | -123456",
                "€ -74,50 | -7450",
                "+74,50 | 7450",
                "74,500 | 7450", // trailing zero beyond the cents is harmless
                "0 | 0"
            })
    void readsDutchAndEnglishAmounts(String text, long cents) {
        // given a cell as a spreadsheet writes it
        // when parsed
        var money = AmountParser.parse(text);

        // then it is the amount in cents
        assertThat(money).contains(Money.cents(cents));
    }

    @ParameterizedTest(name = "''{0}'' is refused")
    @ValueSource(
            strings = {
                "1.234", // Dutch 1234 or English 1.234: refused, not guessed
                "1,234",
                "74,505", // three decimals
                "0.001",
                "12.34.5", // bad grouping
                "1.23.456",
                "1,23,456.00",
                "12345.678,90", // first group longer than three digits
                "1.234.56",
                "1.234,567",
                "1,234.5.6",
                "abc",
                "74,50abc",
                "7 4,50x",
                ".50",
                "74.",
                "-",
                "--5",
                "€",
                "1e3"
            })
    void refusesWhatItCannotReadWithoutGuessing(String text) {
        // given / when / then
        assertThat(AmountParser.parse(text)).isEmpty();
    }

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "abc                  | NOT_AN_AMOUNT",
                "12.34.5              | NOT_AN_AMOUNT",
                "NaN                  | NOT_A_NUMBER",
                "-nan                 | NOT_A_NUMBER",
                "\"#VALUE!\"          | SPREADSHEET_ERROR",
                "1e309                | SCIENTIFIC_NOTATION",
                "1E+3                 | SCIENTIFIC_NOTATION",
                "7,45e1               | SCIENTIFIC_NOTATION",
                "74,505               | TOO_MANY_DECIMALS",
                "Infinity             | OUT_OF_RANGE",
                "-Infinity            | OUT_OF_RANGE",
                "∞               | OUT_OF_RANGE",
                "99999999999999       | OUT_OF_RANGE",
                "10.000.000,00        | OUT_OF_RANGE",
                "-10000000            | OUT_OF_RANGE",
                "92233720368547758,08 | OUT_OF_RANGE",
                "9999999999999999999999999999999999999999999999 | OUT_OF_RANGE"
            })
    void saysWhyATextIsNoAmount(String text, AmountParser.Problem problem) {
        // given / when
        AmountParser.Result result = AmountParser.read(text);

        // then
        assertThat(result.ok()).isFalse();
        assertThat(result.problem()).isEqualTo(problem);
    }

    @ParameterizedTest(name = "''{0}'' = {1} cents, the edge of the range")
    @CsvSource(
            delimiter = '|',
            value = {
                "9.999.999,99 | 999999999",
                "-9999999.99 | -999999999",
                "€ 9999999,99 | 999999999"
            })
    void readsUpToNineMillionAndSoEurosEitherWay(String text, long cents) {
        // given / when / then
        assertThat(AmountParser.parse(text)).contains(Money.cents(cents));
        assertThat(AmountParser.MAX_CENTS).isEqualTo(999_999_999L);
        assertThat(AmountParser.maxInEuros()).isEqualTo("9.999.999,99");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void nothingIsNoAmount(String text) {
        // given / when / then
        assertThat(AmountParser.parse(text)).isEmpty();
    }
}
