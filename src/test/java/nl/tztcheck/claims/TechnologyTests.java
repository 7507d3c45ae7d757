package nl.tztcheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TechnologyTests {

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "MEDICATION | MEDICATION",
                "MEDICATIE | MEDICATION",
                "medicatie | MEDICATION",
                "Medication | MEDICATION",
                "VIDEO | VIDEO",
                "BEELDZORG | VIDEO",
                "beeldzorg | VIDEO",
                "' Beeldzorg ' | VIDEO",
                "OTHER | OTHER",
                "OVERIG | OTHER",
                "overig | OTHER"
            })
    void readsEnglishAndDutchWordsWithoutCase(String text, Technology expected) {
        // given / when / then
        assertThat(Technology.parse(text)).contains(expected);
    }

    @ParameterizedTest(name = "''{0}'' is refused")
    @NullAndEmptySource
    @ValueSource(strings = {"camera", "MEDIC", "medicatie-dispenser", "BEELD ZORG", "1"})
    void refusesUnknownWords(String text) {
        // given / when / then
        assertThat(Technology.parse(text)).isEmpty();
    }

    @Test
    void eachCategoryHasItsDutchWord() {
        // given / when / then
        assertThat(Technology.MEDICATION.dutch()).isEqualTo("MEDICATIE");
        assertThat(Technology.VIDEO.dutch()).isEqualTo("BEELDZORG");
        assertThat(Technology.OTHER.dutch()).isEqualTo("OVERIG");
    }
}
