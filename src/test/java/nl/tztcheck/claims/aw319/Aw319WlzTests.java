package nl.tztcheck.claims.aw319;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.tztcheck.claims.RowResult;
import nl.tztcheck.claims.UnusableInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where an AW319 line's Wlz indication comes from: the file's indication fields 0408-0413 (filled
 * by the layout's rule only "indien Wlz-aanspraak en indicatiebesluit aanwezig is"), else the
 * --wlz-map file of client periods.
 */
class Aw319WlzTests {

    @TempDir Path dir;

    @Test
    void withoutMappingAndWithEmptyIndicationFieldsNoLineHasAWlzIndication() throws IOException {
        // given the hand-written valid file (0408-0413 zeros), read without a mapping
        Map<String, Boolean> wlz = wlzByLine(Aw319Fixtures.validRecords(), WlzMapping.NONE);

        // then
        assertThat(wlz)
                .containsExactly(
                        Map.entry("L003", false),
                        Map.entry("L004", false),
                        Map.entry("L005", false));
    }

    @Test
    void theMappingMarksTheLinesOfItsClientInsideTheIndicationPeriodOnly() throws IOException {
        // given CL000101 (the file's patient number) holds a Wlz indication from 5 to 12 March
        // 2024, inclusive
        WlzMapping mapping =
                WlzMapping.of(
                        Map.of(
                                "CL000101",
                                List.of(
                                        new WlzMapping.Period(
                                                LocalDate.of(2024, 3, 5),
                                                LocalDate.of(2024, 3, 12)))));

        // when the file is read: L003 on 1 March, L004 on 10 March, L005 on 15 March
        Map<String, Boolean> wlz = wlzByLine(Aw319Fixtures.validRecords(), mapping);

        // then only the line inside the period carries the indication
        assertThat(wlz)
                .containsExactly(
                        Map.entry("L003", false),
                        Map.entry("L004", true),
                        Map.entry("L005", false));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource({
        "0408, 59, 0001",
        "0409, 63, CIZ-778812",
        "0410, 83, 000004711",
        "0411, 92, 123456789",
        "0412, 101, 05",
        "0413, 103, 005"
    })
    void anIndicationFieldFilledInTheFileMarksTheLineAndPassesTheStructuralCheck(
            String element, int start, String value) throws IOException {
        // given L004's 04 record with one Wlz indication field filled, as the layout asks for a
        // client with a Wlz indication
        List<String> records =
                Aw319Fixtures.with(
                        Aw319Fixtures.validRecords(),
                        4,
                        Aw319Fixtures.put(Aw319Fixtures.validRecords().get(4), start, value));

        // then the file is still structurally valid, and L004 (only) has a Wlz indication
        assertThat(Aw319Fixtures.validate(records)).as("field %s", element).isEmpty();
        assertThat(wlzByLine(records, WlzMapping.NONE))
                .containsExactly(
                        Map.entry("L003", false),
                        Map.entry("L004", true),
                        Map.entry("L005", false));
    }

    @Test
    void aMappingFileIsReadWithDutchHeadersDayFirstDatesAndOpenEndedPeriods() throws IOException {
        // given a Dutch Excel file: ';', Windows-1252, Dutch header, two periods for one client,
        // one still running
        Path file = dir.resolve("wlz.csv");
        Files.writeString(
                file,
                "Clientnummer;WLZ_vanaf;wlz_tot\r\nCL000101;01-01-2024;31-01-2024\r\nCL000101;01-03-2024;\r\n\r\n"
                        + "326018153;2023-06-01;2024-02-29\r\n",
                java.nio.charset.Charset.forName("windows-1252"));

        // when
        WlzMapping m = WlzMapping.load(file);

        // then both clients are listed; periods are inclusive; an empty end runs on
        assertThat(m.size()).isEqualTo(2);
        assertThat(m.indicated("CL000101", LocalDate.of(2024, 1, 31))).isTrue();
        assertThat(m.indicated("CL000101", LocalDate.of(2024, 2, 15))).isFalse();
        assertThat(m.indicated("CL000101", LocalDate.of(2026, 12, 1))).isTrue();
        assertThat(m.indicated("326018153", LocalDate.of(2024, 3, 1))).isFalse();
        assertThat(m.indicated("CL999999", LocalDate.of(2024, 3, 1))).isFalse();
    }

    @Test
    void aHeaderAloneSaysNoClientHoldsAWlzIndication() throws IOException {
        // given
        Path file =
                Files.writeString(
                        dir.resolve("none.csv"),
                        "client_id;wlz_from;wlz_to\n",
                        StandardCharsets.UTF_8);

        // then it is a valid mapping of nobody
        assertThat(WlzMapping.load(file).size()).isZero();
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "client_id;wlz_to\\nCL1;2024-01-01 | 1 | wlz_from",
                "client_id;wlz_from;wlz_to\\n;2024-01-01; | 2 | client_id",
                "client_id;wlz_from;wlz_to\\nCL1;1 maart; | 2 | wlz_from",
                "client_id;wlz_from;wlz_to\\nCL1;2024-03-01;2024-02-01 | 2 | wlz_to"
            })
    void aMistakeInTheMappingNamesLineAndFieldAndNeverTheClient(
            String text, long line, String field) throws IOException {
        // given
        Path file =
                Files.writeString(
                        dir.resolve("bad.csv"), text.replace("\\n", "\n"), StandardCharsets.UTF_8);

        // then the run cannot start, and the message points at the cell without repeating a client
        // number
        assertThatThrownBy(() -> WlzMapping.load(file))
                .isInstanceOfSatisfying(
                        UnusableInputException.class,
                        e -> {
                            assertThat(e.line()).isEqualTo(line);
                            assertThat(e.field()).isEqualTo(field);
                            assertThat(e.describe()).doesNotContain("CL1");
                            // and says it in Dutch by default (--lang nl), English with --lang en
                            assertThat(e.describe(nl.tztcheck.i18n.Language.NL))
                                    .doesNotContain("CL1")
                                    .containsAnyOf(
                                            "mist de kolom",
                                            "is leeg",
                                            "is geen datum",
                                            "ligt voor");
                        });
    }

    private static Map<String, Boolean> wlzByLine(List<String> records, WlzMapping mapping)
            throws IOException {
        Map<String, Boolean> byLine = new LinkedHashMap<>();
        List<RowResult> rows = new ArrayList<>();
        try (Aw319File file =
                Aw319File.unvalidated(
                        "test.asc",
                        new StringReader(Aw319Fixtures.text(records)),
                        Aw319Fixtures.CLASSIFIER,
                        TechnologyMapping.NONE,
                        mapping)) {
            for (RowResult r = file.next(); r != null; r = file.next()) {
                rows.add(r);
            }
        }
        for (RowResult r : rows) {
            RowResult.Accepted a = (RowResult.Accepted) r;
            byLine.put(a.line().lineId(), a.line().wlzIndication());
        }
        return byLine;
    }
}
