package nl.tztcheck.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PostgresCopyInsertTests {

    private static String copyText(Object value) {
        StringBuilder b = new StringBuilder();
        PostgresCopyInsert.append(b, value);
        return b.toString();
    }

    @Test
    void valuesAreWrittenInCopysTextFormat() {
        assertThat(copyText(null)).isEqualTo("\\N");
        assertThat(copyText(true)).isEqualTo("t");
        assertThat(copyText(false)).isEqualTo("f");
        assertThat(copyText(12345L)).isEqualTo("12345");
        assertThat(copyText(-7)).isEqualTo("-7");
        assertThat(copyText(LocalDate.of(2024, 3, 5))).isEqualTo("2024-03-05");
    }

    @Test
    void theSeparatorsAndTheBackslashInATextAreEscapedSoARowStaysOneRow() {
        // a raw text or product name may hold anything the export held
        assertThat(copyText("a\tb\nc\rd\\e")).isEqualTo("a\\tb\\nc\\rd\\\\e");
        assertThat(copyText("\\N")).isEqualTo("\\\\N"); // the text "\N" is not a NULL
        assertThat(copyText("Medido €")).isEqualTo("Medido €");
    }
}
