package nl.tztcheck.claims.aw319;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Aw319Field against the official Vektis layout (aw319-v1.4-record-layout.csv, Vektis's published
 * layout kept in the test resources), and reading every field of every record type from its
 * official positions.
 */
class Aw319LayoutTests {

    private static final List<String[]> OFFICIAL = new ArrayList<>();

    @BeforeAll
    static void readOfficialLayout() throws Exception {
        try (Reader in =
                        new InputStreamReader(
                                Objects.requireNonNull(
                                        Aw319LayoutTests.class.getResourceAsStream(
                                                "aw319-v1.4-record-layout.csv")),
                                StandardCharsets.UTF_8);
                CSVReader csv = new CSVReader(in)) {
            List<String[]> rows = csv.readAll();
            OFFICIAL.addAll(rows.subList(1, rows.size()));
        }
    }

    @Test
    void everyOfficialFieldIsKnownWithItsPositionsTypeAndObligation() {
        // given the 93 rows of the official layout (record, code, element, name, type, length,
        // pattern, start, end, obligation, ...)
        assertThat(OFFICIAL).hasSize(93);
        for (String[] row : OFFICIAL) {
            // when the field is looked up by its element number
            String element = String.format("%04d", Integer.parseInt(row[2]));
            Aw319Field field = Aw319Field.valueOf("F" + element);

            // then everything the layout says about it matches
            assertThat(field.recordType()).as(element).isEqualTo(row[1]);
            assertThat(field.element()).isEqualTo(element);
            assertThat(field.label()).as(element).isEqualTo(row[3].replace("\"", ""));
            assertThat(field.numeric()).as(element).isEqualTo(row[4].equals("N"));
            assertThat(field.length()).as(element).isEqualTo(Integer.parseInt(row[5]));
            assertThat(field.start()).as(element).isEqualTo(Integer.parseInt(row[7]));
            assertThat(field.end()).as(element).isEqualTo(Integer.parseInt(row[8]));
            assertThat(String.valueOf(field.obligation())).as(element).isEqualTo(row[9]);
        }
        // and no field exists that the layout does not list
        assertThat(Aw319Field.values()).hasSize(93);
    }

    @ParameterizedTest
    @ValueSource(strings = {"01", "02", "04", "98", "99"})
    void theFieldsOfEachRecordTypeCoverPositions1To310WithoutGapOrOverlap(String type) {
        // given the fields of one record type, in position order
        List<Aw319Field> fields = Aw319Field.of(type);

        // then the first starts at 1, each next one right after the previous, and the last ends at
        // 310
        int expectedStart = 1;
        for (Aw319Field f : fields) {
            assertThat(f.start()).as(f.element()).isEqualTo(expectedStart);
            expectedStart = f.end() + 1;
        }
        assertThat(expectedStart - 1).isEqualTo(310);
    }

    @ParameterizedTest
    @ValueSource(strings = {"01", "02", "04", "98", "99"})
    void everyFieldIsReadFromItsOfficialPositions(String type) {
        // given a record of this type built from the official layout only: each field filled with
        // its own
        // distinct text (digits for N, letters for AN) at the official start position
        StringBuilder record = new StringBuilder();
        List<String[]> rows = OFFICIAL.stream().filter(r -> r[1].equals(type)).toList();
        List<String> values = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            int start = Integer.parseInt(row[7]);
            int length = Integer.parseInt(row[5]);
            assertThat(record.length()).isEqualTo(start - 1);
            String value = i == 0 ? type : distinct(i, length, row[4].equals("N"));
            values.add(value);
            record.append(value);
        }
        assertThat(record).hasSize(310);
        Aw319Record parsed = new Aw319Record(1, record.toString(), Aw319Record.Terminator.CRLF);

        // when each field is read, then it is exactly the text put at its official position
        for (int i = 0; i < rows.size(); i++) {
            Aw319Field field =
                    Aw319Field.valueOf(
                            "F" + String.format("%04d", Integer.parseInt(rows.get(i)[2])));
            assertThat(parsed.raw(field)).as(field.element()).isEqualTo(values.get(i));
        }
        assertThat(parsed.type()).isEqualTo(type);
    }

    @Test
    void theHeaderRecordsFieldsAreReadAsWritten() {
        // given the hand-written header of the fixture file
        Aw319Record r = new Aw319Record(1, Aw319Fixtures.header(), Aw319Record.Terminator.CRLF);

        // then each field reads back as it was put at its official position
        assertThat(r.raw(Aw319Field.F0101)).isEqualTo("01");
        assertThat(r.raw(Aw319Field.F0102)).isEqualTo("428");
        assertThat(r.raw(Aw319Field.F0103)).isEqualTo("01");
        assertThat(r.raw(Aw319Field.F0104)).isEqualTo("04");
        assertThat(r.raw(Aw319Field.F0105)).isEqualTo("T");
        assertThat(r.raw(Aw319Field.F0108)).isEqualTo("9664");
        assertThat(r.raw(Aw319Field.F0112)).isEqualTo("12345678");
        assertThat(r.raw(Aw319Field.F0113)).isEqualTo("04");
        assertThat(r.raw(Aw319Field.F0114)).isEqualTo("20240301");
        assertThat(r.raw(Aw319Field.F0115)).isEqualTo("20240331");
        assertThat(r.trimmed(Aw319Field.F0116)).isEqualTo("INV-1");
        assertThat(r.raw(Aw319Field.F0117)).isEqualTo("20240401");
        assertThat(r.raw(Aw319Field.F0119)).isEqualTo("EUR");
        assertThat(r.blank(Aw319Field.F0180)).isTrue();
    }

    @Test
    void theInsuredRecordsFieldsAreReadAsWritten() {
        // given the hand-written 02 record of the fixture file
        Aw319Record r =
                new Aw319Record(
                        2,
                        Aw319Fixtures.insured("000000000001", "326018153", "9664", "CL000101"),
                        Aw319Record.Terminator.CRLF);

        // then
        assertThat(r.number(Aw319Field.F0202)).isEqualTo(1);
        assertThat(r.raw(Aw319Field.F0203)).isEqualTo("326018153");
        assertThat(r.raw(Aw319Field.F0204)).isEqualTo("9664");
        assertThat(r.raw(Aw319Field.F0206)).isEqualTo("CL000101   ");
        assertThat(r.trimmed(Aw319Field.F0206)).isEqualTo("CL000101");
        assertThat(r.raw(Aw319Field.F0207)).isEqualTo("19450101");
        assertThat(r.raw(Aw319Field.F0208)).isEqualTo("2");
        assertThat(r.trimmed(Aw319Field.F0210)).isEqualTo("JANSEN");
        assertThat(r.raw(Aw319Field.F0223)).isEqualTo("2");
        assertThat(r.blank(Aw319Field.F0280)).isTrue();
    }

    @Test
    void theCommentAndTrailerRecordsFieldsAreReadAsWritten() {
        // given the hand-written 98 and 99 records of the fixture file
        Aw319Record comment =
                new Aw319Record(
                        4,
                        Aw319Fixtures.comment(
                                "000000000003", "0001", "TZT=MEDICATION;product=Medido"),
                        Aw319Record.Terminator.CRLF);
        Aw319Record trailer =
                new Aw319Record(
                        8,
                        Aw319Fixtures.trailer(
                                "000001", "000003", "000002", "0000006", "00000017026", "D"),
                        Aw319Record.Terminator.CRLF);

        // then
        assertThat(comment.number(Aw319Field.F9802)).isEqualTo(3);
        assertThat(comment.number(Aw319Field.F9803)).isEqualTo(1);
        assertThat(comment.trimmed(Aw319Field.F9804)).isEqualTo("TZT=MEDICATION;product=Medido");
        assertThat(comment.raw(Aw319Field.F9804)).hasSize(140);
        assertThat(trailer.number(Aw319Field.F9902)).isEqualTo(1);
        assertThat(trailer.number(Aw319Field.F9903)).isZero();
        assertThat(trailer.number(Aw319Field.F9904)).isEqualTo(3);
        assertThat(trailer.number(Aw319Field.F9905)).isEqualTo(2);
        assertThat(trailer.number(Aw319Field.F9906)).isEqualTo(6);
        assertThat(trailer.number(Aw319Field.F9907)).isEqualTo(17026);
        assertThat(trailer.raw(Aw319Field.F9908)).isEqualTo("D");
    }

    @Test
    void aShortRecordReadsSpacesPastItsEnd() {
        // given a record cut off at position 5
        Aw319Record r = new Aw319Record(1, "01428", Aw319Record.Terminator.CRLF);

        // then fields past the end read as spaces, a field cut in two keeps what is there
        assertThat(r.raw(Aw319Field.F0102)).isEqualTo("428");
        assertThat(r.raw(Aw319Field.F0103)).isEqualTo("  ");
        assertThat(r.digits(Aw319Field.F0103)).isFalse();
    }

    private static String distinct(int index, int length, boolean numeric) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(numeric ? (char) ('0' + (index + i) % 10) : (char) ('A' + (index + i) % 26));
        }
        return sb.toString();
    }
}
