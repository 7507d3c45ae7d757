package nl.tztcheck.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.tztcheck.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The raw text of a reject (rejects.csv, the workbook's Rejects sheet) shows no client number and
 * no BSN, whatever the row looks like, and keeps what a person needs to find the line: line ids,
 * dates, codes, amounts. Files are read the way the check reads them ({@link ClaimSources}).
 */
class RawTextMaskerTests {

    static final String HEADER =
            "line_id;client_id;bsn;insurer_uzovi;service_code;service_date;minutes;"
                    + "hourly_tariff;amount;technology;product;law;debit_credit;corrects_line_id;wlz_indication;approval_ref";

    static final LineClassifier CLASSIFIER =
            (code, uzovi, date) ->
                    "1062".equals(code)
                            ? LineKind.TECHNOLOGY
                            : "1000".equals(code) ? LineKind.REGULAR_CARE : LineKind.OTHER;

    /** Ten BSNs that pass the 11-test (as the sample generator makes them). */
    static final List<String> BSNS =
            List.of(
                            "326018153",
                            "131860914",
                            "332319489",
                            "476966346",
                            "111222333",
                            "123456782",
                            "234567891",
                            "345678910",
                            "456789013",
                            "567890125")
                    .stream()
                    .filter(Bsn::isValid)
                    .toList();

    @TempDir Path dir;

    static String row(int n, String client, String bsn) {
        return String.format(
                "L%03d;%s;%s;9664;1062;%02d-03-2024;90;65,00;97,50;MEDICATIE;Medido;ZVW;D;;N;T-%d",
                n, client, bsn, n % 28 + 1, n);
    }

    List<Reject> rejects(String name, String text, Charset charset) throws IOException {
        Path file = Files.write(dir.resolve(name), text.getBytes(charset));
        return assertTimeoutPreemptively(
                Duration.ofSeconds(20),
                () -> {
                    List<Reject> rejects = new ArrayList<>();
                    try (ClaimSource source = ClaimSources.open(file, CLASSIFIER)) {
                        for (RowResult r = source.next(); r != null; r = source.next()) {
                            if (r instanceof RowResult.Rejected rej) {
                                rejects.add(rej.reject());
                                assertThat(source.maskedRawTextOfLast())
                                        .isEqualTo(rej.reject().rawText());
                            }
                        }
                    }
                    return rejects;
                });
    }

    @Test
    void anUnclosedQuoteThatSwallowsTenRowsShowsNoneOfTheirClientNumbersOrBsns()
            throws IOException {
        // given a row whose date cell opens a quote never closed, followed by ten rows of ten
        // clients
        StringBuilder csv =
                new StringBuilder(HEADER)
                        .append('\n')
                        .append(row(1, "CL000100", "999999999"))
                        .append('\n');
        csv.append(row(2, "CL000101", BSNS.get(0)).replace(";1062;", ";1062;\"")).append('\n');
        List<String> clients = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            clients.add("CL0002" + i + "7");
            csv.append(row(3 + i, clients.get(i), BSNS.get(i % BSNS.size()))).append('\n');
        }

        // when it is read
        List<Reject> rejects = rejects("swallowed.csv", csv.toString(), StandardCharsets.UTF_8);

        // then one reject, naming the lines it swallowed, shows no client number and no BSN
        assertThat(rejects).hasSize(1);
        String raw = rejects.get(0).rawText();
        assertThat(rejects.get(0).reason(Language.EN)).contains("lines 3 to");
        assertThat(raw).doesNotContain("CL000101");
        clients.forEach(c -> assertThat(raw).doesNotContain(c));
        BSNS.forEach(b -> assertThat(raw).doesNotContain(b));
        // and a person still finds every line: ids, dates, codes, amounts, approvals
        IntStream.rangeClosed(2, 12)
                .forEach(
                        n ->
                                assertThat(raw)
                                        .contains(String.format("L%03d;***;***;9664;1062;", n)));
        assertThat(raw).contains("05-03-2024;90;65,00;97,50;MEDICATIE;Medido;ZVW;D;;N;T-4");
        assertThat(raw.lines()).hasSize(11);
    }

    static Stream<Arguments> hostileRows() {
        return Stream.of(
                // a quoted product holding the separator: the columns after it are still found
                Arguments.of(
                        "quoted cell holding separators",
                        "L001;\"CL-77\";111222333;9664;1062;2024-03-01;0;65,00;;MEDICATION;"
                                + "\"Medido; model 2; \"\"pro\"\"\";ZVW;D;;N;T-1",
                        List.of("CL-77", "111222333"),
                        List.of(
                                "L001;***;***;9664;1062;2024-03-01;0;65,00;",
                                "\"Medido; model 2; \"\"pro\"\"\"",
                                ";T-1")),
                // the client number also typed into the approval and the product
                Arguments.of(
                        "client number elsewhere",
                        "L001;CL000555;;9664;1062;2024-03-01;0;65,00;;MEDICATION;for CL000555;ZVW;D;;N;"
                                + "VGZ-CL000555",
                        List.of("CL000555"),
                        List.of("L001;***;;9664;1062;", "for ***;", "VGZ-***")),
                // ...but a longer word that merely contains it stays
                Arguments.of(
                        "client number inside a longer word",
                        "L001;CL0005;;9664;1062;2024-03-01;0;65,00;;MEDICATION;CL00055;"
                                + "ZVW;D;;N;T-1",
                        List.of(";CL0005;"),
                        List.of("L001;***;;9664;1062;", ";CL00055;")),
                // a BSN in the wrong column goes; a compact date, a 9-digit number that fails the
                // 11-test and amounts stay
                Arguments.of(
                        "BSN in the approval",
                        "L001;C1;;9664;1062;20240301;0;65,00;123456789;MEDICATION;;ZVW;D;;N;"
                                + "BSN 111222333",
                        List.of("111222333"),
                        List.of("20240301;0;65,00;123456789;", "BSN ***")),
                // a stray quote in the middle of a cell is text; the row splits as written
                Arguments.of(
                        "quote inside a cell",
                        "L001;CL000777;;9664;1062;2024-03-01;0;65,00;;MEDICATION;Screen 5\";ZVW;D;;N;T-1",
                        List.of("CL000777"),
                        List.of("L001;***;;9664;1062;2024-03-01;0;", "Screen 5\";ZVW")),
                // a row that lost a cell: the client number may have shifted, the neighbours are
                // masked too
                Arguments.of(
                        "cell missing",
                        "CL000888;111222333;9664;1062;2024-03-01;90;65,00;;MEDICATION;;ZVW;D;;N;T-1",
                        List.of("CL000888", "111222333"),
                        List.of(";2024-03-01;90;65,00;;MEDICATION;;ZVW;D;;N;T-1")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileRows")
    void hostileRowsShowNoClientNumberOrBsnButKeepTheRest(
            String name, String row, List<String> hidden, List<String> kept) throws IOException {
        // given a rejected row of a hostile kind
        // when it is read
        List<Reject> rejects =
                rejects("hostile.csv", HEADER + "\n" + row + "\n", StandardCharsets.UTF_8);

        // then
        assertThat(rejects).hasSize(1);
        String raw = rejects.get(0).rawText();
        hidden.forEach(h -> assertThat(raw).as(name).doesNotContain(h));
        kept.forEach(k -> assertThat(raw).as(name).contains(k));
    }

    @Test
    void aWindows1252ExportWithATabSeparatorIsMaskedToo() throws IOException {
        // given a TAB-separated export in Windows-1252 whose client numbers hold accents, one row
        // swallowing the next
        String header = HEADER.replace(';', '\t');
        String swallowing =
                "L001\tCLIËNT-Müller\t111222333\t9664\t1062\t\"01-03-2024\t0\t65,00\t\tMEDICATIE\tBüro\tZVW\tD\t\tN\tT-1";
        String swallowed =
                "L002\tCLIËNT-Çelik\t326018153\t9664\t1062\t02-03-2024\t90\t65,00\t97,50\tMEDICATIE\tBüro\tZVW\tD\t\tN\tT-2";

        // when it is read
        List<Reject> rejects =
                rejects(
                        "tab.csv",
                        header + "\r\n" + swallowing + "\r\n" + swallowed + "\r\n",
                        Charset.forName("windows-1252"));

        // then the accented client numbers and the BSNs are masked, the accented product stays
        assertThat(rejects).hasSize(1);
        String raw = rejects.get(0).rawText();
        assertThat(raw).doesNotContain("Müller", "Çelik", "111222333", "326018153");
        assertThat(raw)
                .contains(
                        "L001\t***\t***\t9664",
                        "L002\t***\t***\t9664\t1062\t02-03-2024\t90\t65,00\t97,50\tMEDICATIE\tBüro");
    }

    @Test
    void aQuoteNeverClosedEarlyInABigExportIsMaskedInTime() throws IOException {
        // given a quote never closed on the first row of 40,000 (about 2 MB swallowed into one row)
        StringBuilder csv =
                new StringBuilder(HEADER)
                        .append('\n')
                        .append(row(1, "CL100000", "111222333").replace(";1062;", ";1062;\""))
                        .append('\n');
        for (int i = 2; i <= 40_000; i++) {
            csv.append(row(i, "CL1" + String.format("%05d", i), "999999999")).append('\n');
        }

        // when it is read (within the time limit of rejects())
        List<Reject> rejects = rejects("big.csv", csv.toString(), StandardCharsets.UTF_8);

        // then no client number is left in what was kept
        assertThat(rejects).hasSize(1);
        assertThat(rejects.get(0).rawText())
                .doesNotContainPattern("CL1\\d{5}")
                .contains("L039;***;***;9664");
    }
}
