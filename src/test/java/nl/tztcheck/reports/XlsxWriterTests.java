package nl.tztcheck.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import nl.tztcheck.reports.XlsxWriter.Style;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hand-written workbook writer, read back by Apache POI (an independent reader of the format).
 */
class XlsxWriterTests {

    @TempDir Path dir;

    private XSSFWorkbook writeAndOpen(Body body) throws IOException {
        Path file = dir.resolve("t.xlsx");
        try (OutputStream os = Files.newOutputStream(file);
                XlsxWriter x =
                        new XlsxWriter(
                                os,
                                FindingsWorkbook.EURO_FORMAT,
                                "yyyy-mm",
                                "yyyy-mm-dd hh:mm:ss")) {
            body.write(x);
            x.finish();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    interface Body {
        void write(XlsxWriter x) throws IOException;
    }

    @Test
    void cellsLeftOutStayEmptyAndTheNextCellLandsInItsOwnColumn() throws IOException {
        try (XSSFWorkbook wb =
                writeAndOpen(
                        x -> {
                            XlsxSheet s = x.sheet("Blad", new double[] {10, 10, 10, 10}, true);
                            s.row(0).text(0, "a").text(3, "d");
                            s.row(2).number(1, 42, Style.INTEGER).money(2, -150);
                            s.finish();
                        })) {
            XSSFSheet s = wb.getSheet("Blad");
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("a");
            assertThat((Object) s.getRow(0).getCell(1)).isNull();
            assertThat(s.getRow(0).getCell(3).getStringCellValue()).isEqualTo("d");
            assertThat((Object) s.getRow(1)).isNull();
            XSSFRow r = s.getRow(2);
            assertThat((Object) r.getCell(0)).isNull();
            assertThat(r.getCell(1).getNumericCellValue()).isEqualTo(42);
            assertThat(r.getCell(2).getNumericCellValue()).isEqualTo(-1.50);
            assertThat(r.getCell(2).getCellStyle().getDataFormatString()).contains("€");
            assertThat(s.getPaneInformation().isFreezePane()).isTrue();
        }
    }

    @Test
    void textIsKeptAsWrittenWithXmlsSpecialCharactersAndSpacesAtItsEnds() throws IOException {
        String tricky = " <b>&amp; \"quoted\" 'single' €\u00a0😀 ";
        try (XSSFWorkbook wb =
                writeAndOpen(
                        x -> {
                            XlsxSheet s = x.sheet("A & B <1>", new double[0], false);
                            s.row(0).text(0, tricky).word(1, tricky).word(2, "=1+1").text(3, "");
                            s.row(1).word(1, tricky);
                            s.finish();
                        })) {
            XSSFSheet s = wb.getSheet("A & B <1>");
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo(tricky);
            assertThat(s.getRow(0).getCell(1).getStringCellValue()).isEqualTo(tricky);
            assertThat(s.getRow(0).getCell(2).getCellType()).isEqualTo(CellType.STRING);
            assertThat(s.getRow(0).getCell(2).getStringCellValue()).isEqualTo("=1+1");
            assertThat(s.getRow(1).getCell(1).getStringCellValue()).isEqualTo(tricky);
            assertThat(wb.getSharedStringSource().getCount())
                    .isEqualTo(2); // the repeated word is stored once
        }
    }

    @Test
    void datesAndTimesAreDateCellsOfTheRightDay() throws IOException {
        try (XSSFWorkbook wb =
                writeAndOpen(
                        x -> {
                            XlsxSheet s = x.sheet("D", new double[0], false);
                            s.row(0)
                                    .date(0, LocalDate.of(2024, 3, 1), Style.MONTH)
                                    .timestamp(1, LocalDateTime.of(2026, 11, 27, 13, 45, 30));
                            s.finish();
                        })) {
            XSSFRow r = wb.getSheet("D").getRow(0);
            assertThat(DateUtil.isCellDateFormatted(r.getCell(0))).isTrue();
            assertThat(r.getCell(0).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2024, 3, 1));
            assertThat(r.getCell(1).getLocalDateTimeCellValue())
                    .isEqualTo(LocalDateTime.of(2026, 11, 27, 13, 45, 30));
        }
    }

    @Test
    void aReservedSheetKeepsItsTabPlaceThoughWrittenLastAndAutofiltersAreNamedForExcel()
            throws IOException {
        try (XSSFWorkbook wb =
                writeAndOpen(
                        x -> {
                            XlsxSheet first = x.reserve("First");
                            XlsxSheet data = x.sheet("It's data", new double[] {8, 8}, true);
                            data.row(0).text(0, "h1").text(1, "h2");
                            data.row(1).text(0, "v").text(1, "w");
                            data.autoFilter(1, 1);
                            data.finish();
                            x.write(first, new double[0], false).row(0).text(0, "written last");
                            first.finish();
                        })) {
            assertThat(wb.getSheetName(0)).isEqualTo("First");
            assertThat(wb.getSheetName(1)).isEqualTo("It's data");
            assertThat(wb.getSheet("First").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("written last");
            assertThat(wb.getSheet("It's data").getCTWorksheet().getAutoFilter().getRef())
                    .isEqualTo("A1:B2");
            assertThat(wb.getName("_xlnm._FilterDatabase").getRefersToFormula())
                    .isEqualTo("'It''s data'!$A$1:$B$2");
        }
    }

    @Test
    void rowsAndColumnsOnlyGoForwardAndOneSheetIsWrittenAtATime() {
        assertThatThrownBy(
                        () ->
                                writeAndOpen(
                                        x -> {
                                            XlsxSheet s = x.sheet("S", new double[0], false);
                                            s.row(1);
                                            s.row(1);
                                        }))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () ->
                                writeAndOpen(
                                        x ->
                                                x.sheet("S", new double[0], false)
                                                        .row(0)
                                                        .text(2, "c")
                                                        .text(1, "b")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () ->
                                writeAndOpen(
                                        x -> {
                                            x.sheet("S", new double[0], false);
                                            x.sheet("T", new double[0], false);
                                        }))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void columnsAreNamedAsInASpreadsheet() {
        assertThat(XlsxSheet.columnName(0)).isEqualTo("A");
        assertThat(XlsxSheet.columnName(25)).isEqualTo("Z");
        assertThat(XlsxSheet.columnName(26)).isEqualTo("AA");
        assertThat(XlsxSheet.columnName(23)).isEqualTo("X");
        assertThat(XlsxSheet.columnName(701)).isEqualTo("ZZ");
        assertThat(XlsxSheet.columnName(702)).isEqualTo("AAA");
    }
}
