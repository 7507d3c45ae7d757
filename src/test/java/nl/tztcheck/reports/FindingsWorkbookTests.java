package nl.tztcheck.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import nl.tztcheck.claims.Reject;
import nl.tztcheck.claims.Technology;
import nl.tztcheck.findings.Finding;
import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.i18n.Language;
import nl.tztcheck.i18n.Messages;
import nl.tztcheck.rules.LineCounts;
import nl.tztcheck.rules.LineStatus;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** findings.xlsx written by POI's streaming writer and read back with POI. */
class FindingsWorkbookTests {

    @TempDir Path dir;

    static Finding finding(String lineId, String productLike, long claimed, long atRisk) {
        return new Finding(
                "k-" + lineId,
                FindingCode.MONTHLY_CAP_EXCEEDED,
                lineId,
                7,
                "P-ab12cd34",
                "3311",
                "zilveren-kruis",
                productLike,
                YearMonth.of(2025, 3),
                Technology.VIDEO,
                420,
                390,
                claimed,
                claimed - atRisk,
                atRisk,
                0,
                0,
                "Boven _x0041_ het maximum",
                "Zvw art. 2.10");
    }

    static RunSummary summary() {
        Map<LineStatus, Long> statuses = new EnumMap<>(LineStatus.class);
        statuses.put(LineStatus.CHECKED, 3L);
        Map<FindingCode, Long> byCode = new LinkedHashMap<>();
        byCode.put(FindingCode.MONTHLY_CAP_EXCEEDED, 2L);
        Totals totals = new Totals(1234567, 1200000, 34567, 0, 1500, 0);
        InsurerSummary zk =
                new InsurerSummary(
                        "zilveren-kruis", "Zilveren Kruis", Set.of("3311"), 3, totals, byCode);
        RunInfo run =
                new RunInfo(
                        "claims.csv",
                        "abc",
                        100,
                        "UTF-8",
                        List.of(),
                        "insurer-profiles",
                        "fp",
                        "costs.yaml",
                        "def",
                        Instant.parse("2025-04-01T10:00:00Z"),
                        Instant.parse("2025-04-01T10:00:05Z"),
                        1,
                        1);
        return new RunSummary(
                run,
                new LineCounts(5, 3, 1, 0, 1, 0),
                statuses,
                totals,
                byCode,
                List.of(zk),
                Map.of(),
                List.of(),
                Map.of(),
                List.of(),
                List.of(),
                0);
    }

    Path write(Language language, List<Finding> findings, List<Reject> rejects) throws IOException {
        Path file = dir.resolve("findings-" + language.code() + ".xlsx");
        AtomicFile.writeBinary(
                file,
                out -> {
                    try (FindingsWorkbook wb = new FindingsWorkbook(language)) {
                        findings.forEach(wb::add);
                        rejects.forEach(wb::add);
                        wb.write(summary(), out);
                    }
                });
        return file;
    }

    Path sample(Language language) throws IOException {
        return write(
                language,
                List.of(finding("L1", "2025-1", 12345, 2345), finding("=1+1", "+31-6", 5, 5)),
                List.of(
                        new Reject(
                                9,
                                "amount",
                                "geen bedrag",
                                "L9;=HYPERLINK(\"x\");\u0000;\u0007einde")));
    }

    static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            names.add(wb.getSheetName(i));
        }
        return names;
    }

    static Map<String, Cell> byHeader(Sheet sheet, int row) {
        Map<String, Cell> m = new LinkedHashMap<>();
        Row head = sheet.getRow(0);
        for (Cell h : head) {
            m.put(h.getStringCellValue(), sheet.getRow(row).getCell(h.getColumnIndex()));
        }
        return m;
    }

    @Test
    void hasTheFourSheetsInOrderInDutchByDefaultAndInEnglish() throws IOException {
        // given / when
        try (XSSFWorkbook nl = open(sample(Language.NL));
                XSSFWorkbook en = open(sample(Language.EN))) {
            // then
            assertThat(sheetNames(nl))
                    .containsExactly(
                            "Samenvatting", "Bevindingen", "Afgekeurde regels", "Verzekeraars");
            assertThat(sheetNames(en))
                    .containsExactly("Summary", "Findings", "Rejected lines", "Insurers");
            assertThat(nl.getSheet("Bevindingen").getRow(0).getCell(10).getStringCellValue())
                    .isEqualTo("Maand");
            assertThat(en.getSheet("Findings").getRow(0).getCell(10).getStringCellValue())
                    .isEqualTo("Month");
            assertThat(en.getSheet("Findings").getRow(0).getCell(6).getStringCellValue())
                    .isEqualTo("Client (pseudonym)");
            assertThat(nl.getSheet("Samenvatting").getRow(0).getCell(0).getStringCellValue())
                    .startsWith("tzt-check: controle");
            assertThat(en.getSheet("Summary").getRow(0).getCell(0).getStringCellValue())
                    .startsWith("tzt-check: check");
        }
    }

    @Test
    void findingsHaveTheColumnsOfFindingsCsvAFrozenHeaderAndAnAutofilter() throws IOException {
        try (XSSFWorkbook wb = open(sample(Language.EN))) {
            XSSFSheet sheet = wb.getSheet("Findings");
            assertThat(sheet.getRow(0).getLastCellNum())
                    .isEqualTo((short) FindingsCsv.HEADER.length);
            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane).isNotNull();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(pane.getVerticalSplitPosition()).isZero();
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:Z3");
            assertThat(wb.getSheet("Rejected lines").getCTWorksheet().getAutoFilter().getRef())
                    .isEqualTo("A1:D2");
            assertThat(wb.getSheet("Rejected lines").getPaneInformation().isFreezePane()).isTrue();
        }
    }

    @Test
    void amountsAreNumbersInEuroWithAEuroFormatAndMonthsAreDates() throws IOException {
        try (XSSFWorkbook wb = open(sample(Language.EN))) {
            Map<String, Cell> row = byHeader(wb.getSheet("Findings"), 1);
            Cell claimed = row.get("Claimed (€)");
            assertThat(claimed.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(claimed.getNumericCellValue()).isEqualTo(123.45);
            assertThat(claimed.getCellStyle().getDataFormatString()).contains("€").contains("0.00");
            assertThat(row.get("At risk (€)").getNumericCellValue()).isEqualTo(23.45);
            assertThat(row.get("Claimed (cents)").getNumericCellValue()).isEqualTo(12345);
            Cell month = row.get("Month");
            assertThat(month.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(month)).isTrue();
            assertThat(month.getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2025, 3, 1));
            assertThat(row.get("Line number").getNumericCellValue()).isEqualTo(7);
            assertThat(row.get("Client (pseudonym)").getStringCellValue()).isEqualTo("P-ab12cd34");
            // the summary and the insurers carry the totals in euro too
            Cell total =
                    wb.getSheet("Summary")
                            .getRow(rowOf(wb.getSheet("Summary"), "Claimed"))
                            .getCell(1);
            assertThat(total.getNumericCellValue()).isEqualTo(12345.67);
            assertThat(total.getCellStyle().getDataFormatString()).contains("€");
            Map<String, Cell> insurer = byHeader(wb.getSheet("Insurers"), 1);
            assertThat(insurer.get("Insurer").getStringCellValue()).isEqualTo("zilveren-kruis");
            assertThat(insurer.get("At risk").getNumericCellValue()).isEqualTo(345.67);
            assertThat(insurer.get("Findings").getNumericCellValue()).isEqualTo(2);
            assertThat(insurer.get("MONTHLY_CAP_EXCEEDED").getNumericCellValue()).isEqualTo(2);
        }
    }

    @Test
    void theMoneyLeftUnclaimedHasItsColumnsItsSummaryRowAndItsInsurerColumn() throws IOException {
        // given an AMOUNT_MISMATCH finding that left 20.00 unclaimed, in a run whose totals say so
        Finding f = finding("L1", "2025-1", 5000, 0);
        Finding under =
                new Finding(
                        f.key(),
                        FindingCode.AMOUNT_MISMATCH,
                        f.lineId(),
                        f.lineNo(),
                        f.client(),
                        f.uzovi(),
                        f.insurer(),
                        f.profileVersion(),
                        f.month(),
                        f.technology(),
                        60,
                        60,
                        5000,
                        5000,
                        0,
                        0,
                        2000,
                        "left unclaimed",
                        "Vektis");
        Path file = dir.resolve("under.xlsx");
        RunSummary s = summary();
        Totals t = s.totals().plusUnderclaimed(2000);
        RunSummary withUnder =
                new RunSummary(
                        s.run(),
                        s.lines(),
                        s.technologyLines(),
                        t,
                        s.findingsByCode(),
                        List.of(
                                new InsurerSummary(
                                        "zilveren-kruis",
                                        "Zilveren Kruis",
                                        Set.of("3311"),
                                        3,
                                        t,
                                        s.findingsByCode())),
                        s.examples(),
                        s.firstRejects(),
                        s.verification(),
                        s.months(),
                        s.toCorrect(),
                        s.toCorrectTotal());
        AtomicFile.writeBinary(
                file,
                out -> {
                    try (FindingsWorkbook wb = new FindingsWorkbook(Language.EN)) {
                        wb.add(under);
                        wb.write(withUnder, out);
                    }
                });

        // then the findings sheet has it in cents and in euros, beside the cost gap, and the totals
        // have it apart
        try (XSSFWorkbook wb = open(file)) {
            Map<String, Cell> row = byHeader(wb.getSheet("Findings"), 1);
            assertThat(row.get("Left unclaimed (cents)").getNumericCellValue()).isEqualTo(2000);
            assertThat(row.get("Left unclaimed (€)").getNumericCellValue()).isEqualTo(20.00);
            assertThat(row.get("At risk (€)").getNumericCellValue()).isZero();
            Sheet summary = wb.getSheet("Summary");
            assertThat(
                            summary.getRow(
                                            rowOf(
                                                    summary,
                                                    "Left unclaimed (amount below minutes x tariff; apart from at risk)"))
                                    .getCell(1)
                                    .getNumericCellValue())
                    .isEqualTo(20.00);
            assertThat(summary.getRow(rowOf(summary, "At risk")).getCell(1).getNumericCellValue())
                    .isEqualTo(345.67);
            Map<String, Cell> insurer = byHeader(wb.getSheet("Insurers"), 1);
            assertThat(insurer.get("Left unclaimed").getNumericCellValue()).isEqualTo(20.00);
        }
    }

    static int rowOf(Sheet sheet, String label) {
        for (Row r : sheet) {
            Cell c = r.getCell(0);
            if (c != null
                    && c.getCellType() == CellType.STRING
                    && c.getStringCellValue().equals(label)) {
                return r.getRowNum();
            }
        }
        throw new AssertionError("no row " + label);
    }

    @Test
    void aFormulaLookingLineIdOrProductStaysAString() throws IOException {
        Path file = sample(Language.EN);
        try (XSSFWorkbook wb = open(file)) {
            Map<String, Cell> row = byHeader(wb.getSheet("Findings"), 2);
            assertThat(row.get("Line id").getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.get("Line id").getStringCellValue()).isEqualTo("=1+1");
            assertThat(row.get("Profile version").getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.get("Profile version").getStringCellValue()).isEqualTo("+31-6");
            Cell raw = wb.getSheet("Rejected lines").getRow(1).getCell(3);
            assertThat(raw.getCellType()).isEqualTo(CellType.STRING);
            // an OOXML escape in the input stays the text it was, not the character it names
            assertThat(byHeader(wb.getSheet("Findings"), 1).get("Message").getStringCellValue())
                    .isEqualTo("Boven _x0041_ het maximum");
        }
        // and no cell anywhere in the file is a formula
        assertThat(sheetXml(file)).doesNotContain("<f>", "<f ");
    }

    @Test
    void valuesAPersonReadsAreDutchByDefaultAndEnglishWithEn() throws IOException {
        // given a finding (severity ERROR, technology VIDEO) and a reject staged as a key with its
        // values, "(row)" as its field
        List<Finding> findings = List.of(finding("L1", "2025-1", 12345, 2345));
        List<Reject> rejects =
                List.of(
                        new Reject(
                                9,
                                nl.tztcheck.claims.RejectReasons.ROW,
                                nl.tztcheck.claims.RejectReasons.get(
                                        "date.notADate", "value", "'31-02-2025'"),
                                "L9;***"));

        // when the workbook is written in Dutch and in English
        try (XSSFWorkbook nl = open(write(Language.NL, findings, rejects));
                XSSFWorkbook en = open(write(Language.EN, findings, rejects))) {
            // then the severity, the technology and the reject read in the run's language; the code
            // stays the code
            Map<String, Cell> dutch = byHeader(nl.getSheet("Bevindingen"), 1);
            assertThat(dutch.get("Ernst").getStringCellValue()).isEqualTo("FOUT");
            assertThat(dutch.get("Technologie").getStringCellValue()).isEqualTo("BEELDZORG");
            assertThat(dutch.get("Code").getStringCellValue()).isEqualTo("MONTHLY_CAP_EXCEEDED");
            Map<String, Cell> english = byHeader(en.getSheet("Findings"), 1);
            assertThat(english.get("Severity").getStringCellValue()).isEqualTo("ERROR");
            assertThat(english.get("Technology").getStringCellValue()).isEqualTo("VIDEO");
            Row nlReject = nl.getSheet("Afgekeurde regels").getRow(1);
            assertThat(nlReject.getCell(1).getStringCellValue()).isEqualTo("(regel)");
            assertThat(nlReject.getCell(2).getStringCellValue())
                    .isEqualTo(
                            "'31-02-2025' is geen datum; schrijf hem als 05-03-2024,"
                                    + " 2024-03-05 of 20240305");
            Row enReject = en.getSheet("Rejected lines").getRow(1);
            assertThat(enReject.getCell(1).getStringCellValue()).isEqualTo("(row)");
            assertThat(enReject.getCell(2).getStringCellValue())
                    .startsWith("'31-02-2025' is not a date;");
            // and the codes table on the summary sheet names the severity in Dutch too
            assertThat(sheetText(nl.getSheet("Samenvatting")))
                    .contains("FOUT")
                    .doesNotContain("ERROR");
        }
    }

    private static String sheetText(Sheet sheet) {
        StringBuilder b = new StringBuilder();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                    b.append(cell.getStringCellValue()).append('\n');
                }
            }
        }
        return b.toString();
    }

    @Test
    void aNulInARejectsRawTextDoesNotBreakTheFile() throws IOException {
        Path file = sample(Language.NL);
        try (XSSFWorkbook wb = open(file)) {
            Cell raw = wb.getSheet("Afgekeurde regels").getRow(1).getCell(3);
            assertThat(raw.getStringCellValue())
                    .isEqualTo("L9;=HYPERLINK(\"x\");\u2400;\u2407einde");
            assertThat(wb.getSheet("Afgekeurde regels").getRow(1).getCell(0).getNumericCellValue())
                    .isEqualTo(9);
        }
        assertThat(sheetXml(file)).doesNotContain("\u0000", "&#0;", "\u0007");
    }

    @Test
    void textIsCutToExcelsLimitAndKeepsSurrogatePairs() {
        String longText = "a".repeat(40_000);
        assertThat(FindingsWorkbook.cellText(longText))
                .hasSize(FindingsWorkbook.MAX_TEXT)
                .endsWith("…");
        assertThat(FindingsWorkbook.cellText("x\uD83D\uDE00y\uD83Dz\uFFFF"))
                .isEqualTo("x\uD83D\uDE00y\uFFFDz\uFFFD");
        assertThat(FindingsWorkbook.cellText("tab\there\r\n")).isEqualTo("tab\there\r\n");
        assertThat(FindingsWorkbook.sheetName("a/b:c?d*e[f]g'" + "x".repeat(40)))
                .hasSizeLessThanOrEqualTo(31)
                .doesNotContain("/", ":", "?", "*", "[", "]");
    }

    @Test
    void moreFindingsThanASheetHoldsContinueOnTheNextSheet() throws IOException {
        Path file = dir.resolve("many.xlsx");
        AtomicFile.writeBinary(
                file,
                out -> {
                    try (FindingsWorkbook wb = new FindingsWorkbook(Language.EN, 2)) {
                        for (int i = 0; i < 5; i++) {
                            wb.add(finding("L" + i, "v", 100, 0));
                        }
                        wb.write(summary(), out);
                    }
                });
        try (XSSFWorkbook wb = open(file)) {
            assertThat(sheetNames(wb))
                    .containsExactly(
                            "Summary",
                            "Findings",
                            "Findings 2",
                            "Findings 3",
                            "Rejected lines",
                            "Insurers");
            assertThat(wb.getSheet("Findings 3").getRow(1).getCell(4).getStringCellValue())
                    .isEqualTo("L4");
            assertThat(wb.getSheet("Findings 2").getCTWorksheet().getAutoFilter().getRef())
                    .isEqualTo("A1:Z3");
            assertThat(wb.getSheet("Findings 3").getCTWorksheet().getAutoFilter().getRef())
                    .isEqualTo("A1:Z2");
            assertThat(wb.getSheet("Rejected lines").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Line number");
        }
    }

    @Test
    void theDutchAndEnglishLabelsHaveTheSameKeysAndSheetNamesFitExcel() {
        Set<String> nl = Messages.of(FindingsWorkbook.BUNDLE, Language.NL).keys();
        Set<String> en = Messages.of(FindingsWorkbook.BUNDLE, Language.EN).keys();
        assertThat(nl).isNotEmpty().isEqualTo(en);
        for (Language language : Language.values()) {
            Messages texts = Messages.of(FindingsWorkbook.BUNDLE, language);
            for (String key : texts.keys()) {
                if (key.startsWith("sheet.")) {
                    String name = texts.get(key, "n", 99);
                    assertThat(name)
                            .as(key)
                            .hasSizeLessThanOrEqualTo(FindingsWorkbook.MAX_SHEET_NAME);
                    assertThat(FindingsWorkbook.sheetName(name)).as(key).isEqualTo(name);
                }
            }
            for (String column : FindingsCsv.HEADER) {
                assertThat(texts.has("findings." + column)).as("findings.%s", column).isTrue();
            }
            for (String column : RejectsCsv.HEADER) {
                assertThat(texts.has("rejects." + column)).as("rejects.%s", column).isTrue();
            }
        }
    }

    @Test
    void writesNothingButThePseudonymOfAClient() throws IOException {
        // a finding only carries the pseudonym; the workbook adds nothing else about the client
        Path file = sample(Language.NL);
        assertThat(sheetXml(file)).contains("P-ab12cd34");
    }

    /**
     * Every sheet's XML as one string (read through the central directory, as Excel and LibreOffice
     * do).
     */
    static String sheetXml(Path file) throws IOException {
        StringBuilder all = new StringBuilder();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (e.getName().startsWith("xl/worksheets/")
                        || e.getName().equals("xl/sharedStrings.xml")) {
                    try (InputStream in = zip.getInputStream(e)) {
                        all.append(
                                new String(
                                        in.readAllBytes(),
                                        java.nio.charset.StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return all.toString();
    }
}
