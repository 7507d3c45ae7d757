package nl.tztcheck.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.tztcheck.i18n.Language;
import nl.tztcheck.rules.CheckOutcome;
import nl.tztcheck.rules.RuleFixtures;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClaimCsvFileTests {

    private static final String[] COLUMNS = {
        "line_id",
        "client_id",
        "insurer_uzovi",
        "service_code",
        "service_date",
        "minutes",
        "hourly_tariff",
        "technology",
        "product"
    };

    @TempDir Path dir;

    private Path write(byte[] bytes) throws IOException {
        return Files.write(dir.resolve("claims.csv"), bytes);
    }

    private Path write(String text, Charset charset) throws IOException {
        return write(text.getBytes(charset));
    }

    private static List<RawRow> readAll(ClaimCsvFile file) {
        List<RawRow> rows = new ArrayList<>();
        RawRow row;
        while ((row = file.nextRow()) != null) {
            rows.add(row);
        }
        return rows;
    }

    private static ClaimCsvFile open(Path path) throws IOException {
        return ClaimCsvFile.open(path, InputInspection.of(path));
    }

    @Nested
    class Separator {

        @ParameterizedTest(name = "separator ''{0}''")
        @ValueSource(strings = {";", ",", "\t"})
        void isDetectedFromTheHeaderRow(String sep) throws IOException {
            // given a file written with this separator (the tariff quoted where it holds a comma)
            String tariff = sep.equals(",") ? "\"70,00\"" : "70,00";
            String csv =
                    String.join(sep, COLUMNS)
                            + "\n"
                            + String.join(
                                    sep,
                                    "m1",
                                    "C1",
                                    "2222",
                                    "1062",
                                    "2024-03-01",
                                    "90",
                                    tariff,
                                    "MEDICATION",
                                    "Medido")
                            + "\n";
            Path path = write(csv, StandardCharsets.UTF_8);

            // when it is read
            try (ClaimCsvFile file = open(path)) {
                List<RawRow> rows = readAll(file);

                // then the separator is found and the cells split on it
                assertThat(file.separator()).isEqualTo(sep.charAt(0));
                assertThat(rows).hasSize(1);
                assertThat(rows.get(0).cells())
                        .containsExactly(
                                "m1",
                                "C1",
                                "2222",
                                "1062",
                                "2024-03-01",
                                "90",
                                "70,00",
                                "MEDICATION",
                                "Medido");
                assertThat(rows.get(0).lineNo()).isEqualTo(2);
            }
        }

        @Test
        void theMostFrequentCandidateWinsWhenHeaderNamesHoldOthers() {
            // given a semicolon header that has one comma inside a column name
            String header =
                    "line_id;client_id;insurer_uzovi;service_code;service_date;minutes;hourly_tariff;notes, free text";

            // when / then
            assertThat(CsvDialect.detectSeparator(header)).isEqualTo(';');
            assertThat(CsvDialect.detectSeparator("a,b,c;d")).isEqualTo(',');
            assertThat(CsvDialect.detectSeparator("a\tb\tc,d;e")).isEqualTo('\t');
        }
    }

    @Nested
    class Encoding {

        private static final String CSV =
                "line_id;client_id;insurer_uzovi;service_code;service_date;minutes;hourly_tariff;technology;product\n"
                        + "m1;C1;2222;1062;2024-03-01;90;70,00;MEDICATION;Café Pillbox\n";

        @Test
        void utf8WithoutBomIsRead() throws IOException {
            // given UTF-8 bytes without a BOM
            Path path = write(CSV, StandardCharsets.UTF_8);

            // when read
            InputInspection inspection = InputInspection.of(path);
            try (ClaimCsvFile file = ClaimCsvFile.open(path, inspection)) {
                RawRow row = file.nextRow();

                // then the é survives
                assertThat(inspection.charset()).isEqualTo(StandardCharsets.UTF_8);
                assertThat(inspection.bom()).isFalse();
                assertThat(row.cells()[8]).isEqualTo("Café Pillbox");
            }
        }

        @Test
        void utf8WithBomIsReadAndTheBomIsNotPartOfTheFirstColumnName() throws IOException {
            // given UTF-8 bytes behind a byte order mark
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            bytes.write(CSV.getBytes(StandardCharsets.UTF_8));
            Path path = write(bytes.toByteArray());

            // when read
            InputInspection inspection = InputInspection.of(path);
            try (ClaimCsvFile file = ClaimCsvFile.open(path, inspection)) {
                RawRow row = file.nextRow();

                // then line_id is found as the first column and the é survives
                assertThat(inspection.bom()).isTrue();
                assertThat(file.header().indexOf(ClaimColumn.LINE_ID)).isZero();
                assertThat(row.cells()[0]).isEqualTo("m1");
                assertThat(row.cells()[8]).isEqualTo("Café Pillbox");
            }
        }

        @Test
        void windows1252AsDutchExcelWritesItIsDetected() throws IOException {
            // given the é as the single byte 0xE9 (invalid as UTF-8)
            byte[] bytes = CSV.getBytes(Charset.forName("windows-1252"));
            assertThat(bytes).contains((byte) 0xE9);
            Path path = write(bytes);

            // when read
            InputInspection inspection = InputInspection.of(path);
            try (ClaimCsvFile file = ClaimCsvFile.open(path, inspection)) {
                RawRow row = file.nextRow();

                // then it is read as Windows-1252 and the é survives
                assertThat(inspection.charset()).isEqualTo(InputInspection.WINDOWS_1252);
                assertThat(row.cells()[8]).isEqualTo("Café Pillbox");
            }
        }

        @Test
        void windows1252EuroSignIsReadAsAnAmount() throws IOException {
            // given a Windows-1252 file whose tariff carries a euro sign (byte 0x80)
            String csv =
                    "line_id;client_id;insurer_uzovi;service_code;service_date;minutes;hourly_tariff\n"
                            + "r1;C1;2222;1000;2024-03-01;60;€ 70,00\n";
            byte[] bytes = csv.getBytes(Charset.forName("windows-1252"));
            assertThat(bytes).contains((byte) 0x80);
            Path path = write(bytes);

            // when read
            try (ClaimCsvFile file = open(path)) {
                RawRow row = file.nextRow();

                // then the cell holds the euro sign, which the amount parser accepts
                assertThat(row.cells()[6]).isEqualTo("€ 70,00");
                assertThat(nl.tztcheck.money.AmountParser.parse(row.cells()[6]))
                        .contains(nl.tztcheck.money.Money.cents(7000));
            }
        }
    }

    @Nested
    class Header {

        @Test
        void aliasesAndCaseAndSpacesDoNotMatter() throws IOException {
            // given Dutch aliases in mixed case with spaces around them
            String csv =
                    " REGEL_ID ;ClientNummer;Uzovi;PRESTATIECODE; Datum;Minuten;UurTarief;Technologie;Wet;Debet_Credit;Referentie_Voorgaand;WLZ_indicatie;Toestemming;Bedrag;BSN;Product\n"
                            + "m1;C1;2222;1062;2024-03-01;90;70,00;MEDICATIE;ZVW;D;;N;T-1;105,00;111222333;Medido\n";
            Path path = write(csv, StandardCharsets.UTF_8);

            // when read
            try (ClaimCsvFile file = open(path)) {
                CsvHeader header = file.header();

                // then every column is known
                for (ClaimColumn column : ClaimColumn.values()) {
                    assertThat(header.has(column)).as(column.header()).isTrue();
                }
                assertThat(header.indexOf(ClaimColumn.LINE_ID)).isZero();
                assertThat(header.indexOf(ClaimColumn.APPROVAL_REF)).isEqualTo(12);
                assertThat(header.ignoredColumns()).isEmpty();
            }
        }

        @Test
        void unknownColumnsAreReadPastAndListed() throws IOException {
            // given an export with a column that is not ours
            String csv =
                    String.join(";", COLUMNS)
                            + ";Opmerking\nm1;C1;2222;1062;2024-03-01;90;70,00;MEDICATION;Medido;x\n";
            Path path = write(csv, StandardCharsets.UTF_8);

            // when read
            try (ClaimCsvFile file = open(path)) {
                // then it is ignored, not refused
                assertThat(file.header().ignoredColumns()).containsExactly("Opmerking");
            }
        }

        @ParameterizedTest(name = "without {0}")
        @ValueSource(
                strings = {
                    "line_id",
                    "client_id",
                    "insurer_uzovi",
                    "service_code",
                    "service_date",
                    "minutes",
                    "hourly_tariff"
                })
        void aMissingRequiredColumnMakesTheFileUnusableNamingTheColumn(String missing)
                throws IOException {
            // given a header without one required column
            List<String> columns = new ArrayList<>(List.of(COLUMNS));
            columns.remove(missing);
            Path path = write(String.join(";", columns) + "\n", StandardCharsets.UTF_8);

            // when opened
            UnusableInputException e =
                    catchThrowableOfType(UnusableInputException.class, () -> open(path));

            // then the exception names the column and its alias, at line 1
            assertThat(e).isNotNull();
            assertThat(e.field()).contains(missing);
            assertThat(e.getMessage()).contains(missing);
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.describe())
                    .contains("claims.csv")
                    .contains(missing)
                    .contains("What to do");
        }

        @Test
        void aMissingColumnIsWordedInDutchByDefault() throws IOException {
            // given a header without minutes
            List<String> columns = new ArrayList<>(List.of(COLUMNS));
            columns.remove("minutes");
            Path path = write(String.join(";", columns) + "\n", StandardCharsets.UTF_8);

            // when opened, then check's sentence is Dutch, naming the file, line 1, the column
            // (Dutch name first) and the fix
            UnusableInputException e =
                    catchThrowableOfType(UnusableInputException.class, () -> open(path));
            assertThat(e.describe(nl.tztcheck.i18n.Language.NL))
                    .startsWith(
                            "claims.csv, regel 1, veld minuten (minutes): de kopregel"
                                    + " mist verplichte kolom(men): minuten (minutes). Wat te doen: exporteer de declaraties met een kopregel");
            assertThat(e.describe(nl.tztcheck.i18n.Language.EN))
                    .contains(
                            "the header row lacks required column(s): minuten (minutes)",
                            "What to do: export the claims");
        }

        @Test
        void aColumnTwiceMakesTheFileUnusable() throws IOException {
            // given line_id and its alias regel_id in one header
            Path path = write(String.join(";", COLUMNS) + ";regel_id\n", StandardCharsets.UTF_8);

            // when opened
            UnusableInputException e =
                    catchThrowableOfType(UnusableInputException.class, () -> open(path));

            // then the column is named
            assertThat(e).isNotNull();
            assertThat(e.field()).isEqualTo("line_id");
            assertThat(e.getMessage()).contains("appears twice");
        }

        @Test
        void anEmptyFileIsUnusable() throws IOException {
            // given an empty file
            Path path = write(new byte[0]);

            // when / then
            UnusableInputException e =
                    catchThrowableOfType(UnusableInputException.class, () -> open(path));
            assertThat(e).isNotNull();
            assertThat(e.getMessage()).contains("empty");
        }
    }

    @Nested
    class Rows {

        @Test
        void aQuotedCellMayHoldTheSeparatorAndANewline() throws IOException {
            // given a product name in quotes holding ';' and a line break, then a normal row
            String csv =
                    String.join(";", COLUMNS)
                            + "\n"
                            + "m1;C1;2222;1062;2024-03-01;90;70,00;MEDICATION;\"Medido; model \"\"2\"\"\nwith stand\"\n"
                            + "m2;C1;2222;1062;2024-03-02;90;70,00;MEDICATION;Medido\n";
            Path path = write(csv, StandardCharsets.UTF_8);

            // when read
            try (ClaimCsvFile file = open(path)) {
                List<RawRow> rows = readAll(file);

                // then the first row is one row of nine cells starting on line 2, and the next
                // starts on line 4
                assertThat(rows).hasSize(2);
                assertThat(rows.get(0).cells()).hasSize(9);
                assertThat(rows.get(0).cells()[8]).isEqualTo("Medido; model \"2\"\nwith stand");
                assertThat(rows.get(0).lineNo()).isEqualTo(2);
                assertThat(rows.get(0).rawText()).contains("\n");
                assertThat(rows.get(1).lineNo()).isEqualTo(4);
                assertThat(rows.get(1).cells()[0]).isEqualTo("m2");
            }
        }

        @Test
        void emptyAndSeparatorOnlyRowsAreCountedAsBlankAndSkipped() throws IOException {
            // given an empty line, a row of separators only (what Excel writes) and a row of spaces
            String csv =
                    String.join(";", COLUMNS)
                            + "\n"
                            + "m1;C1;2222;1062;2024-03-01;90;70,00;MEDICATION;Medido\n"
                            + "\n"
                            + ";;;;;;;;\n"
                            + " ; ;;;;;;;\n"
                            + "m2;C1;2222;1062;2024-03-02;90;70,00;MEDICATION;Medido\n";
            Path path = write(csv, StandardCharsets.UTF_8);

            // when read
            try (ClaimCsvFile file = open(path)) {
                List<RawRow> rows = readAll(file);

                // then two rows with content, three blank ones, and line numbers that still match
                // the file
                assertThat(rows).extracting(RawRow::lineNo).containsExactly(2L, 6L);
                assertThat(file.blankRows()).isEqualTo(3);
            }
        }

        @Test
        void aQuoteNeverClosedKeepsTheRowWithWhatWasRead() throws IOException {
            // given a last row whose quoted product is never closed
            String csv =
                    String.join(";", COLUMNS)
                            + "\n"
                            + "m1;C1;2222;1062;2024-03-01;90;70,00;MEDICATION;\"Medido\n"
                            + "and more\n";
            Path path = write(csv, StandardCharsets.UTF_8);

            // when read
            try (ClaimCsvFile file = open(path)) {
                List<RawRow> rows = readAll(file);

                // then the row is not lost: it starts on line 2 and keeps its first cells
                assertThat(rows).hasSize(1);
                assertThat(rows.get(0).lineNo()).isEqualTo(2);
                assertThat(rows.get(0).cells()).startsWith("m1", "C1", "2222");
                assertThat(String.join("|", rows.get(0).cells())).contains("Medido");
            }
        }

        @Test
        void crlfLineEndsAreRead() throws IOException {
            // given Windows line ends
            String csv =
                    String.join(";", COLUMNS)
                            + "\r\nm1;C1;2222;1062;2024-03-01;90;70,00;MEDICATION;Medido\r\n";
            Path path = write(csv, StandardCharsets.UTF_8);

            // when read
            try (ClaimCsvFile file = open(path)) {
                RawRow row = file.nextRow();

                // then the last cell carries no carriage return
                assertThat(row.cells()[8]).isEqualTo("Medido");
                assertThat(file.nextRow()).isNull();
            }
        }
    }

    @Nested
    class DuplicateLineId {

        @Test
        void theLaterRowIsRejectedNamingTheFirstLine() {
            // given two rows with line_id m1 on file lines 2 and 3
            CheckOutcome outcome =
                    RuleFixtures.run(
                            dir,
                            "m1;CL-77;111222333;2222;1062;2024-03-01;90;70,00;;MEDICATION;Medido;;;;;",
                            "m1;CL-77;111222333;2222;1062;2024-03-02;30;70,00;;MEDICATION;Medido;;;;;");

            // then line 3 is a reject on line_id naming line 2; line 2 is checked
            assertThat(outcome.rejects()).hasSize(1);
            Reject reject = outcome.rejects().get(0);
            assertThat(reject.lineNo()).isEqualTo(3);
            assertThat(reject.field()).isEqualTo("line_id");
            assertThat(reject.reason(Language.EN))
                    .contains("'m1'")
                    .contains("line 2")
                    .contains("own id");
            assertThat(reject.rawText()).doesNotContain("111222333").doesNotContain("CL-77");
            assertThat(outcome.lines()).extracting(l -> l.line().lineNo()).containsExactly(2L);
            assertThat(outcome.counts().read()).isEqualTo(2);
            assertThat(outcome.counts().rejected()).isEqualTo(1);
            assertThat(outcome.counts().technology()).isEqualTo(1);
            assertThat(outcome.counts().reconciles()).isTrue();
        }
    }
}
