package nl.tztcheck.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MessagesTests {

    @Test
    void fillsNamedPlaceholdersInTheChosenLanguageReadingUtf8() {
        assertThat(Messages.of("sample", Language.NL).get("greeting", "name", "Anna"))
                .isEqualTo("Goedendag Anna, cliënt's €");
        assertThat(Messages.of("sample", Language.EN).get("greeting", "name", "Anna"))
                .isEqualTo("Good day Anna, client's €");
    }

    @Test
    void aMissingKeyOrValueFailsLoudlyNamingIt() {
        assertThatThrownBy(() -> Messages.of("sample", Language.NL).get("nope"))
                .hasMessageContaining("nope")
                .hasMessageContaining("sample_nl.properties");
        assertThatThrownBy(() -> Messages.of("sample", Language.EN).get("greeting"))
                .hasMessageContaining("{name}");
    }

    @Test
    void languageCodesAreParsedAndAnUnknownOneNamesTheChoices() {
        assertThat(Language.parse(" EN ")).isEqualTo(Language.EN);
        assertThat(Language.parse("nl")).isEqualTo(Language.NL);
        assertThatThrownBy(() -> Language.parse("de"))
                .hasMessageContaining("use nl")
                .hasMessageContaining("en");
    }
}
