package nl.tztcheck.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.tztcheck.findings.ClientPseudonymizer;
import nl.tztcheck.findings.Finding;
import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.i18n.Language;
import nl.tztcheck.i18n.Messages;
import nl.tztcheck.profiles.CostFileReader;
import nl.tztcheck.profiles.ProfileSet;
import nl.tztcheck.rules.CheckOutcome;
import nl.tztcheck.rules.InMemoryCheck;
import nl.tztcheck.rules.InsuranceLookup;
import nl.tztcheck.rules.LineCounts;
import nl.tztcheck.rules.RuleTexts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * report.html as HTML: figures, charts with text alternatives, accessible tables, self-contained,
 * no client identifiers.
 */
class HtmlReportTests {

    static final Path FIXTURES = Path.of("src/test/resources/batch");
    static ProfileSet profiles;
    static RunSummary summary;
    static Set<String> clientNumbers = new HashSet<>();
    static Set<String> bsns = new HashSet<>();
    static List<Finding> fixtureFindings;

    @BeforeAll
    static void checkTheFixture() throws Exception {
        profiles = ProfileSet.load(FIXTURES.resolve("profiles"));
        Path claims = FIXTURES.resolve("claims.csv");
        CheckOutcome outcome =
                new InMemoryCheck(
                                profiles,
                                CostFileReader.read(FIXTURES.resolve("costs.yaml")),
                                new ClientPseudonymizer(
                                        "test-key-test-key-test-key-12345"
                                                .getBytes(StandardCharsets.UTF_8)))
                        .run(claims);
        SummaryBuilder b = new SummaryBuilder(profiles);
        fixtureFindings = List.copyOf(outcome.findings());
        outcome.findings().forEach(b::add);
        outcome.rejects().forEach(b::add);
        outcome.lines().forEach(b::add);
        summary = b.build(runInfo("claims.csv"), outcome.counts());
        for (String row :
                Files.readAllLines(claims).subList(1, Files.readAllLines(claims).size())) {
            String[] cells = row.split(";", -1);
            if (cells.length > 2) {
                clientNumbers.add(cells[1]);
                bsns.add(cells[2]);
            }
        }
        clientNumbers.remove("");
        bsns.remove("");
    }

    static RunInfo runInfo(String file) {
        return new RunInfo(
                file,
                "ab".repeat(32),
                1234,
                "UTF-8",
                List.of(),
                "profiles",
                "cd".repeat(32),
                "costs.yaml",
                "ef".repeat(32),
                Instant.parse("2026-01-02T03:04:05Z"),
                Instant.parse("2026-01-02T03:04:09Z"),
                1,
                1);
    }

    static String html(RunSummary s, Language language) throws Exception {
        StringWriter w = new StringWriter();
        HtmlReport.write(w, s, language);
        return w.toString();
    }

    static Document page(Language language) throws Exception {
        return Jsoup.parse(html(summary, language));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void showsTheKeyFiguresInTheLanguagesMoneyFormat(Language language) throws Exception {
        // when
        Document doc = page(language);
        RuleTexts rt = RuleTexts.of(language);
        Messages m = Messages.of("report", language);

        // then the page says its language, has one h1 and every key figure, formatted for the
        // language
        assertThat(doc.select("html").attr("lang")).isEqualTo(language.code());
        assertThat(doc.select("h1")).hasSize(1);
        String cards = doc.select("#headline, .cards").text();
        Totals t = summary.totals();
        for (long cents :
                List.of(t.claimed(), t.reimbursable(), t.atRisk(), t.unchecked(), t.costGap())) {
            assertThat(cards).contains(rt.money(nl.tztcheck.money.Money.cents(cents)));
        }
        assertThat(cards)
                .contains(
                        m.get("card.claimed"),
                        m.get("card.atRisk"),
                        m.get("card.unchecked"),
                        m.get("card.costGap"),
                        String.valueOf(summary.lines().read()));
        // worked example of the fixture: at risk 5416 + 4000 + 3500 cents
        assertThat(cards).contains(language == Language.NL ? "€ 129,16" : "€129.16");
        // every euro card says what it sums
        for (Element card :
                doc.select(".card.claimed, .card.reimbursable, .card.risk, .card.gap")) {
            assertThat(card.select(".muted").text()).isNotBlank();
        }
        assertThat(doc.text()).contains(m.get("reconciles"));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void showsTheMoneyLeftUnclaimedAsAKeyFigureApartFromTheMoneyAtRisk(
            Language language, @TempDir Path dir) throws Exception {
        // given one hour at 70.00 (ceiling PV 70.00) declared as 50.00: reimbursable 50.00, at risk
        // 0, 20.00 left unclaimed
        Path claims =
                Files.writeString(
                        dir.resolve("under.csv"),
                        "line_id;client_id;insurer_uzovi;service_code;service_date;minutes;hourly_tariff;amount;technology\n"
                                + "u1;C1;9664;1062;2024-03-01;60;70,00;50,00;OTHER\n");
        CheckOutcome outcome =
                new InMemoryCheck(
                                profiles,
                                CostFileReader.read(FIXTURES.resolve("costs.yaml")),
                                new ClientPseudonymizer(
                                        "test-key-test-key-test-key-12345"
                                                .getBytes(StandardCharsets.UTF_8)),
                                InsuranceLookup.NONE,
                                language)
                        .run(claims);
        SummaryBuilder b = new SummaryBuilder(profiles);
        outcome.findings().forEach(b::add);
        outcome.lines().forEach(b::add);
        RunSummary s = b.build(runInfo("under.csv"), outcome.counts());

        // when
        Document doc = Jsoup.parse(html(s, language));

        // then the card "left unclaimed" shows 20.00 and says what it is; at risk stays 0.00 and
        // the money reconciles
        Messages m = Messages.of("report", language);
        Element card = doc.select(".card.underclaimed").first();
        assertThat(card).isNotNull();
        assertThat(card.select(".l").text())
                .isEqualTo(m.get("card.underclaimed"))
                .isEqualTo(language == Language.NL ? "Niet gedeclareerd" : "Left unclaimed");
        assertThat(card.select(".v").text())
                .isEqualTo(language == Language.NL ? "€ 20,00" : "€20.00");
        assertThat(card.select(".muted").text()).isEqualTo(m.get("card.underclaimed.note"));
        assertThat(doc.select(".card.risk .v").text())
                .isEqualTo(language == Language.NL ? "€ 0,00" : "€0.00");
        assertThat(doc.text()).contains(m.get("reconciles"));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void chartsHaveTextAlternativesAndTheSameFiguresInATable(Language language) throws Exception {
        // when
        Document doc = page(language);

        // then two charts (the insurers on one scale, the months), each an image with a title and a
        // description naming its figures
        var charts = doc.select("svg.chart");
        assertThat(charts.eachAttr("id")).containsExactly("chart-insurers", "chart-months");
        for (Element svg : charts) {
            assertThat(svg.attr("role")).isEqualTo("img");
            String[] ids = svg.attr("aria-labelledby").split(" ");
            assertThat(ids).hasSize(2);
            assertThat(svg.select("title#" + ids[0]).text()).isNotBlank();
            assertThat(svg.select("desc#" + ids[1]).text())
                    .contains(
                            RuleTexts.of(language)
                                    .money(nl.tztcheck.money.Money.ZERO)
                                    .substring(0, 1));
            assertThat(svg.select("rect.bar")).isNotEmpty();
        }
        // every figure of the insurer chart is in its description and in the insurer table too
        String desc = doc.select("#chart-insurers desc").text();
        for (InsurerSummary i : summary.insurers()) {
            Totals t = i.totals();
            for (long cents :
                    List.of(
                            t.claimed(),
                            t.reimbursable(),
                            t.atRisk(),
                            t.unchecked(),
                            t.costGap())) {
                String money = RuleTexts.of(language).money(nl.tztcheck.money.Money.cents(cents));
                assertThat(desc).contains(money);
                assertThat(doc.select("#insurer-table").text()).contains(money);
            }
        }
        // the month trend: every month of service, as chart and table
        for (MonthFigures f : summary.months()) {
            String month = RuleTexts.of(language).month(f.month());
            assertThat(doc.select("#chart-months desc").text()).contains(month);
            assertThat(doc.select("#month-table tbody th").eachText()).contains(month);
        }
        assertThat(summary.months().stream().mapToLong(f -> f.totals().claimed()).sum())
                .isEqualTo(summary.totals().claimed());
        assertThat(summary.months().stream().mapToLong(f -> f.totals().atRisk()).sum())
                .isEqualTo(summary.totals().atRisk());
        assertThat(summary.months().stream().mapToLong(f -> f.totals().costGap()).sum())
                .isEqualTo(summary.totals().costGap());
    }

    @Test
    void everyInsurerIsOneStackedBarOnOneEuroScaleWithTheCostGapBesideIt() throws Exception {
        // when
        Document doc = page(Language.NL);
        Element svg = doc.selectFirst("#chart-insurers");

        // then one group per insurer, its segments reimbursable + at risk + unchecked adding up to
        // claimed, and its cost gap
        assertThat(svg.select("g.insurer").eachAttr("data-insurer"))
                .containsExactlyElementsOf(
                        summary.insurers().stream().map(InsurerSummary::key).toList());
        double pxPerCent = Double.NaN;
        for (InsurerSummary i : summary.insurers()) {
            Element g = svg.selectFirst("g.insurer[data-insurer=" + i.key() + "]");
            Totals t = i.totals();
            assertThat(Long.parseLong(g.attr("data-claimed-cents"))).isEqualTo(t.claimed());
            double claimedWidth = 0;
            for (String kind : List.of("reimbursable", "at-risk", "unchecked", "cost-gap")) {
                long cents =
                        switch (kind) {
                            case "reimbursable" -> t.reimbursable();
                            case "at-risk" -> t.atRisk();
                            case "unchecked" -> t.unchecked();
                            default -> t.costGap();
                        };
                Element rect = g.selectFirst("rect.bar." + kind);
                double width = rect == null ? 0 : Double.parseDouble(rect.attr("width"));
                if (rect != null) {
                    assertThat(Long.parseLong(rect.attr("data-cents"))).isEqualTo(cents);
                }
                if (cents > 0) {
                    // the same number of pixels per cent in every bar of every insurer: one scale
                    double scale = width / cents;
                    if (Double.isNaN(pxPerCent)) {
                        pxPerCent = scale;
                    }
                    assertThat(scale)
                            .as(i.key() + " " + kind)
                            .isCloseTo(
                                    pxPerCent,
                                    org.assertj.core.data.Percentage.withPercentage(0.5));
                } else {
                    assertThat(width).as(i.key() + " " + kind).isZero();
                }
                if (!kind.equals("cost-gap")) {
                    claimedWidth += width;
                }
            }
            assertThat(claimedWidth)
                    .as(i.key() + " claimed")
                    .isCloseTo(t.claimed() * pxPerCent, org.assertj.core.data.Offset.offset(0.05));
        }
        // and an axis in euros on the same scale, from 0 to at least the largest amount
        var ticks = svg.select("text.tick");
        assertThat(ticks.size()).isBetween(3, 12);
        assertThat(ticks.first().text()).isEqualTo("€ 0");
        long largest =
                summary.insurers().stream()
                        .mapToLong(i -> Math.max(i.totals().claimed(), i.totals().costGap()))
                        .max()
                        .orElseThrow();
        long axisMax = Long.parseLong(ticks.last().attr("data-cents"));
        assertThat(axisMax).isGreaterThanOrEqualTo(largest);
        assertThat(ticks.last().text())
                .isEqualTo(
                        RuleTexts.of(Language.NL)
                                .money(nl.tztcheck.money.Money.cents(axisMax))
                                .replace(",00", ""));
        double zero = Double.parseDouble(ticks.first().attr("x"));
        assertThat(Double.parseDouble(ticks.last().attr("x")) - zero)
                .isCloseTo(axisMax * pxPerCent, org.assertj.core.data.Offset.offset(0.05));
        assertThat(svg.select("text.axis-title").text()).isEqualTo("Bedrag in euro");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theMoneyAtRiskIsTheHeadlineFirstAndLargest(Language language) throws Exception {
        // when
        Document doc = page(language);
        Messages m = Messages.of("report", language);
        RuleTexts rt = RuleTexts.of(language);

        // then the first thing under "key figures" is the money at risk, with its share of the
        // amount claimed
        Element first = doc.selectFirst("#key-figures").parent().children().get(1);
        assertThat(first.id()).isEqualTo("headline");
        assertThat(first.select(".l").text()).isEqualTo(m.get("card.atRisk"));
        assertThat(first.select(".v").text())
                .isEqualTo(rt.money(nl.tztcheck.money.Money.cents(summary.totals().atRisk())));
        long permille =
                nl.tztcheck.money.Money.divideHalfUp(
                        summary.totals().atRisk() * 1000, summary.totals().claimed());
        String percent = rt.number(java.math.BigDecimal.valueOf(permille, 1)) + "%";
        assertThat(first.select(".muted").text())
                .startsWith(
                        m.get(
                                "headline.share",
                                "percent",
                                percent,
                                "claimed",
                                rt.money(
                                        nl.tztcheck.money.Money.cents(
                                                summary.totals().claimed()))));
        // and it is not repeated among the other, secondary cards
        assertThat(doc.select(".cards .card .l").eachText())
                .doesNotContain(m.get("card.atRisk"))
                .contains(m.get("card.claimed"));
    }

    @Test
    void theRunTimeIsReadableLocalTimeInTheNetherlandsAndKeepsTheUtcInstant() throws Exception {
        // given runs finished in winter (CET, UTC+1) and in summer (CEST, UTC+2)
        RunSummary winter = withFinish(Instant.parse("2026-12-05T13:02:58Z"));
        RunSummary summer = withFinish(Instant.parse("2026-07-01T22:30:00Z"));

        // then the page says the Dutch clock time in words, and the <time> element keeps the
        // instant in UTC
        Element nl = Jsoup.parse(html(winter, Language.NL)).selectFirst("#run-time");
        assertThat(nl.text()).isEqualTo("5 december 2026, 14:02");
        assertThat(nl.attr("datetime")).isEqualTo("2026-12-05T13:02:58Z");
        assertThat(Jsoup.parse(html(winter, Language.EN)).selectFirst("#run-time").text())
                .isEqualTo("5 December 2026, 14:02");
        assertThat(Jsoup.parse(html(summer, Language.NL)).selectFirst("#run-time").text())
                .isEqualTo("2 juli 2026, 00:30");
        assertThat(Jsoup.parse(html(winter, Language.NL)).select("#run-meta").text())
                .startsWith("Gecontroleerd op 5 december 2026, 14:02")
                .doesNotContain("T13:02");
    }

    static RunSummary withFinish(Instant finished) {
        RunInfo r = summary.run();
        RunInfo run =
                new RunInfo(
                        r.inputFile(),
                        r.inputSha256(),
                        r.inputBytes(),
                        r.encoding(),
                        r.ignoredColumns(),
                        r.profilesDirectory(),
                        r.profileFingerprint(),
                        r.costsFile(),
                        r.costsSha256(),
                        finished.minusSeconds(4),
                        finished,
                        1,
                        1);
        return new RunSummary(
                run,
                summary.lines(),
                summary.technologyLines(),
                summary.totals(),
                summary.findingsByCode(),
                summary.insurers(),
                summary.examples(),
                summary.firstRejects(),
                summary.verification(),
                summary.months(),
                summary.toCorrect(),
                summary.toCorrectTotal());
    }

    @Test
    void theLinesToCorrectComeWithTheMostMoneyAtRiskFirstAndEqualAmountsInFileOrder()
            throws Exception {
        // given the findings as findings.csv has them: the errors and warnings on lines, sorted
        // stably by money at risk, largest first
        List<Finding> expected =
                fixtureFindings.stream()
                        .filter(f -> f.severity() != nl.tztcheck.findings.Severity.INFO)
                        .filter(f -> !f.lineId().isEmpty())
                        .sorted(java.util.Comparator.comparingLong(Finding::atRiskCents).reversed())
                        .toList();
        assertThat(expected.stream().map(Finding::atRiskCents).distinct()).hasSizeGreaterThan(2);

        // when
        Document doc = page(Language.NL);

        // then the table starts in that order, and its money-at-risk column says it is sorted
        // descending
        assertThat(doc.select("#fix-table tbody tr").eachAttr("data-key"))
                .containsExactlyElementsOf(expected.stream().map(Finding::key).toList());
        assertThat(doc.select("#fix-table thead th[aria-sort]").eachText())
                .containsExactly(Messages.of("report", Language.NL).get("col.atRisk"));
        assertThat(doc.select("#fix-table thead th[aria-sort]").attr("aria-sort"))
                .isEqualTo("descending");
    }

    @Test
    void whenCappedThePageKeepsTheFindingsWithTheMostMoneyAtRisk() throws Exception {
        // given more findings on lines than the page embeds, at risk 0.00 to 50.06 in a seeded
        // random order
        SummaryBuilder b = new SummaryBuilder(profiles);
        int n = SummaryBuilder.LINES_TO_CORRECT + 7;
        List<Integer> amounts =
                new java.util.ArrayList<>(java.util.stream.IntStream.range(0, n).boxed().toList());
        java.util.Collections.shuffle(amounts, new java.util.Random(42));
        for (int i = 0; i < n; i++) {
            long atRisk = amounts.get(i);
            b.add(
                    new Finding(
                            "k" + i,
                            FindingCode.DUPLICATE_LINE,
                            "L" + i,
                            i + 2,
                            "P-" + i,
                            "9664",
                            "",
                            "",
                            YearMonth.of(2025, 1),
                            null,
                            60,
                            0,
                            atRisk,
                            0,
                            atRisk,
                            0,
                            0,
                            "duplicate",
                            "spec"));
        }

        // when
        RunSummary big = b.build(runInfo("big.csv"), new LineCounts(n, n, 0, 0, 0, 0));

        // then the 5,000 largest amounts are kept, largest first; the 7 smallest (0 to 6 cents) are
        // left to findings.csv
        assertThat(big.toCorrect()).hasSize(SummaryBuilder.LINES_TO_CORRECT);
        assertThat(big.toCorrect().stream().map(r -> r.finding().atRiskCents()).toList())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder())
                .startsWith((long) n - 1)
                .endsWith(7L);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void tablesAreAccessibleAndHeadingsOrdered(Language language) throws Exception {
        // when
        Document doc = page(language);

        // then every table has a caption and every header cell a scope
        for (Element table : doc.select("table")) {
            assertThat(table.select("caption").text()).as("caption").isNotBlank();
        }
        for (Element th : doc.select("th")) {
            assertThat(th.attr("scope")).as(th.outerHtml()).isIn("col", "row");
        }
        // and headings never skip a level
        int previous = 1;
        for (Element hx : doc.select("h1, h2, h3, h4, h5, h6")) {
            int level = Integer.parseInt(hx.tagName().substring(1));
            assertThat(level).as(hx.text()).isLessThanOrEqualTo(previous + 1);
            previous = level;
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void groupsFindingsByCodeWithTheirExplanationAndWhatToDo(Language language) throws Exception {
        // when
        Document doc = page(language);

        // then each code found has its plain explanation and what to do, in the language
        assertThat(summary.findingsByCode()).isNotEmpty();
        for (FindingCode code : summary.findingsByCode().keySet()) {
            Element section = doc.selectFirst("section.code:has(h3#code-" + code.name() + ")");
            assertThat(section).as(code.name()).isNotNull();
            assertThat(section.text())
                    .contains(
                            RuleTexts.explanation(code, language),
                            RuleTexts.whatToDo(code, language));
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theLinesToCorrectAreCompleteWithoutScriptAndCarryOnlyPseudonyms(Language language)
            throws Exception {
        // when
        Document doc = page(language);

        // then every error and warning on a line is a row, with controls hidden until the script
        // shows them
        var rows = doc.select("#fix-table tbody tr");
        assertThat(rows).hasSize((int) summary.toCorrectTotal()).isNotEmpty();
        assertThat(doc.selectFirst("#fix-controls").hasAttr("hidden")).isTrue();
        assertThat(doc.select("#fix-sev option").eachAttr("value"))
                .containsExactly("", "ERROR", "WARNING");
        int clientColumn =
                doc.select("#fix-table thead th")
                        .eachText()
                        .indexOf(Messages.of("report", language).get("col.client"));
        for (Element row : rows) {
            assertThat(row.child(clientColumn).text()).startsWith("P-");
        }
        // and no client number or BSN appears anywhere on the page
        String text = doc.text();
        for (Element td : doc.select("td, th")) {
            assertThat(clientNumbers).doesNotContain(td.text());
        }
        for (String bsn : bsns) {
            assertThat(html(summary, language)).doesNotContain(bsn);
        }
        assertThat(text).isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void isSelfContained(Language language) throws Exception {
        // when
        String html = html(summary, language);
        Document doc = Jsoup.parse(html);

        // then no external script, style, font, image or frame, and no URL at all
        assertThat(doc.select("script[src], link, img, iframe, object, embed, audio, video"))
                .isEmpty();
        assertThat(doc.select("script")).hasSize(1);
        assertThat(html)
                .doesNotContainPattern("(?i)https?://|//[a-z0-9.-]+\\.[a-z]{2,}/|url\\(|@import");
        for (Element a : doc.select("a[href]")) {
            assertThat(a.attr("href")).startsWith("#");
        }
        assertThat(html).contains("@media print");
    }

    @Test
    void capsTheEmbeddedRowsAndSaysWhereTheRestIs() throws Exception {
        // given more findings on lines than the page embeds
        SummaryBuilder b = new SummaryBuilder(profiles);
        int n = SummaryBuilder.LINES_TO_CORRECT + 7;
        for (int i = 0; i < n; i++) {
            b.add(
                    new Finding(
                            "k" + i,
                            FindingCode.DUPLICATE_LINE,
                            "L" + i,
                            i + 2,
                            "P-" + i,
                            "9664",
                            "",
                            "",
                            YearMonth.of(2025, 1),
                            null,
                            60,
                            0,
                            7000,
                            0,
                            7000,
                            0,
                            0,
                            "duplicate",
                            "spec"));
        }
        RunSummary big = b.build(runInfo("big.csv"), new LineCounts(n, n, 0, 0, 0, 0));

        // when
        Document doc = Jsoup.parse(html(big, Language.EN));

        // then 5,000 are embedded and the page points to findings.csv for all of them
        assertThat(doc.select("#fix-table tbody tr")).hasSize(SummaryBuilder.LINES_TO_CORRECT);
        assertThat(doc.select("#to-correct ~ p strong").text())
                .contains("5,000 of 5,007", "findings.csv", "findings.xlsx");
        assertThat(Jsoup.parse(html(big, Language.NL)).select("#to-correct ~ p strong").text())
                .contains("5.000 van 5.007");
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(Messages.of("report", Language.EN).keys())
                .isEqualTo(Messages.of("report", Language.NL).keys());
    }

    @Test
    void dutchAndEnglishPagesDiffer() throws Exception {
        assertThat(page(Language.NL).select("h1").text())
                .startsWith("Controle thuiszorgtechnologie");
        assertThat(page(Language.EN).select("h1").text()).startsWith("Home-care technology");
        assertThat(page(Language.EN).text()).doesNotContain("Risicobedrag");
        assertThat(page(Language.NL).text()).doesNotContain("Money at risk");
        // a UZOVI code without a profile is named in the page's language in the lines to correct
        // and its filter too
        assertThat(page(Language.NL).select("#fix-table, #fix-ins").text())
                .doesNotContain("No profile")
                .contains("Geen profiel (UZOVI 9999)");
        assertThat(page(Language.EN).select("#fix-table, #fix-ins").text())
                .contains("No profile (UZOVI 9999)");
    }
}
