package nl.tztcheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Text exports are text, whatever their encoding; a workbook, archive or document is named for what
 * it is.
 */
class FileKindTests {

    @Test
    void theShippedExportsAndWindows1252TextWithAFreeTextTabAreText() throws Exception {
        // given the sample exports, and a Windows-1252 row with an accent and a tab
        byte[] cp1252 =
                "regel_id;clientnummer\tx\r\nL1;Cli\u00ebnt\r\n"
                        .getBytes(InputInspection.WINDOWS_1252);

        // then none is taken for binary
        for (String sample :
                new String[] {"claims-small.csv", "claims-realistic.csv", "claims-small.asc"}) {
            assertThat(FileKind.of(Path.of("sample-claims", sample))).as(sample).isEmpty();
        }
        assertThat(FileKind.of(cp1252)).isEmpty();
        assertThat(FileKind.of(new byte[0])).isEmpty();
    }

    @Test
    void magicBytesNameTheKind() {
        assertThat(FileKind.of(new byte[] {'P', 'K', 3, 4, 20, 0})).contains(FileKind.ZIP);
        assertThat(FileKind.of("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII)))
                .contains(FileKind.PDF);
        assertThat(FileKind.of(new byte[] {0x1f, (byte) 0x8b, 8, 0})).contains(FileKind.GZIP);
        assertThat(FileKind.of(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}))
                .contains(FileKind.OLE2);
        assertThat(FileKind.of("\uFEFFline_id".getBytes(StandardCharsets.UTF_16LE)))
                .contains(FileKind.UTF16);
        assertThat(FileKind.of(new byte[] {'a', 'b', 0, 'c'})).contains(FileKind.BINARY);
    }

    @Test
    void aHeaderWithAccentsSpacesOrAnotherCaseNamesTheColumn() {
        assertThat(ClaimColumn.forHeader("Cli\u00ebntnummer")).contains(ClaimColumn.CLIENT_ID);
        assertThat(ClaimColumn.forHeader("CLI\u00cbNTNUMMER")).contains(ClaimColumn.CLIENT_ID);
        assertThat(ClaimColumn.forHeader(" Regel ID ")).contains(ClaimColumn.LINE_ID);
        assertThat(ClaimColumn.forHeader("wlz-indicatie")).contains(ClaimColumn.WLZ_INDICATION);
        assertThat(ClaimColumn.forHeader("clientnaam")).isEmpty();
    }

    @Test
    void aWindows1252ExportWhoseHeaderSaysCliEntnummerWithAccentOpens(
            @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        // given a Dutch Excel export (Windows-1252) whose header writes Cliëntnummer
        Path file = dir.resolve("export.csv");
        Files.write(
                file,
                ("Regel_id;Cli\u00ebntnummer;UZOVI;Prestatiecode;Datum;Minuten;Uurtarief\r\n"
                                + "L1;C1;9664;1062;01-03-2024;30;70,00\r\n")
                        .getBytes(InputInspection.WINDOWS_1252));

        // when
        try (ClaimCsvFile csv = ClaimCsvFile.open(file, InputInspection.of(file))) {
            // then
            assertThat(csv.header().has(ClaimColumn.CLIENT_ID)).isTrue();
            assertThat(csv.header().ignoredColumns()).isEmpty();
        }
    }
}
