package nl.tztcheck.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import nl.tztcheck.TztCheckApplication;
import nl.tztcheck.claims.InputInspection;
import nl.tztcheck.i18n.Language;
import nl.tztcheck.money.Money;
import nl.tztcheck.profiles.CostFileReader;
import nl.tztcheck.profiles.ProfileSet;
import nl.tztcheck.rules.RuleTexts;
import nl.tztcheck.testing.RequiredTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * report.html in a real browser: a real check of the shipped small sample, opened in the system's
 * headless Chromium through Selenium (never downloads a browser or driver). Skipped when Chromium
 * is not installed, unless CI=true: then it fails and says what to install.
 */
@SpringBatchTest
@SpringBootTest(classes = TztCheckApplication.class)
class ReportBrowserTests {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String INSTALL =
            "apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver";

    @TempDir static Path dataDir;

    @TempDir Path out;

    @Autowired JobOperatorTestUtils jobs;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("tzt.data-dir", () -> dataDir.toString());
    }

    static void requireChromium() {
        RequiredTool.require(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and its driver (" + CHROMIUM + ", " + CHROMEDRIVER + ")",
                INSTALL);
    }

    /** The build directory (target/ or -Dbuild.dir), found from where the test classes are. */
    static Path buildDir() throws Exception {
        return Path.of(
                        ReportBrowserTests.class
                                .getProtectionDomain()
                                .getCodeSource()
                                .getLocation()
                                .toURI())
                .getParent();
    }

    @Test
    void theReportRendersSortsAndFiltersWithoutConsoleErrors() throws Exception {
        requireChromium();

        // given a real check of the shipped small sample against the shipped profiles
        Path report = checkTheSmallSample();
        JsonNode totals =
                new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("money");

        ChromeDriver browser = startChromium();
        try {
            // when the page is opened
            browser.get(report.toUri().toString());
            JavascriptExecutor js = browser;

            // then the key figures are shown, as summary.json has them, in Dutch money format
            RuleTexts nl = RuleTexts.of(Language.NL);
            assertThat(browser.findElement(By.cssSelector(".card.claimed .v")).getText())
                    .isEqualTo(nl.money(Money.cents(totals.findValue("claimedCents").asLong())));
            assertThat(browser.findElement(By.cssSelector("#headline .v")).getText())
                    .isEqualTo(nl.money(Money.cents(totals.findValue("atRiskCents").asLong())));
            assertThat(browser.findElement(By.tagName("h1")).getText())
                    .contains("claims-small.csv");

            // and every chart (the insurers, the months) is drawn, with at least one bar of
            // non-zero size
            List<WebElement> charts = browser.findElements(By.cssSelector("svg.chart"));
            assertThat(charts).hasSize(2);
            for (WebElement chart : charts) {
                assertThat(chart.isDisplayed()).isTrue();
                assertThat(chart.getRect().getWidth()).isGreaterThan(100);
                Number widest =
                        (Number)
                                js.executeScript(
                                        "return Math.max.apply(null, Array.prototype.map.call("
                                                + "arguments[0].querySelectorAll('rect.bar'), function(r){return r.getBBox().width;}));",
                                        chart);
                assertThat(widest.doubleValue()).as(chart.getAttribute("id")).isGreaterThan(0);
            }

            // and the lines-to-correct table fits a 1400-pixel window without scrolling sideways
            assertThat(
                            (Boolean)
                                    js.executeScript(
                                            "var s=document.getElementById('fix-table').parentNode;"
                                                    + "return s.scrollWidth<=s.clientWidth;"))
                    .as("#fix-table fits the window")
                    .isTrue();

            // and the script showed the controls
            assertThat(browser.findElement(By.id("fix-controls")).isDisplayed()).isTrue();
            int total = rows(browser).size();
            assertThat(total).isPositive();
            assertThat(browser.findElement(By.id("fix-count")).getText())
                    .isEqualTo(total + " van " + total + " rijen getoond");

            // when sorted by money at risk: ascending, then descending
            int atRisk = headerIndex(browser, "Risicobedrag");
            WebElement sortButton =
                    browser.findElements(By.cssSelector("#fix-table thead th"))
                            .get(atRisk)
                            .findElement(By.cssSelector("button.sort"));
            sortButton.click();
            assertThat(cents(browser, atRisk)).isSorted();
            assertThat(
                            browser.findElements(By.cssSelector("#fix-table thead th"))
                                    .get(atRisk)
                                    .getAttribute("aria-sort"))
                    .isEqualTo("ascending");
            sortButton.click();
            assertThat(cents(browser, atRisk))
                    .isSortedAccordingTo(java.util.Comparator.reverseOrder());

            // when filtered by severity: only those rows, and the count says so
            for (String value : List.of("ERROR", "WARNING")) {
                choose(browser, "fix-sev", value);
                List<WebElement> shown = visibleRows(browser);
                long expected =
                        rows(browser).stream()
                                .filter(r -> value.equals(r.getAttribute("data-sev")))
                                .count();
                assertThat(shown).hasSize((int) expected);
                assertThat(shown).allMatch(r -> value.equals(r.getAttribute("data-sev")));
            }
            choose(browser, "fix-sev", "");

            // when filtered by insurer
            String firstInsurer =
                    browser.findElements(By.cssSelector("#fix-ins option"))
                            .get(1)
                            .getAttribute("value");
            choose(browser, "fix-ins", firstInsurer);
            assertThat(visibleRows(browser))
                    .isNotEmpty()
                    .allMatch(r -> firstInsurer.equals(r.getAttribute("data-ins")));
            choose(browser, "fix-ins", "");

            // when filtered by text: a client's pseudonym
            int client = headerIndex(browser, "Cliënt (pseudoniem)");
            String pseudonym =
                    visibleRows(browser)
                            .get(0)
                            .findElements(By.tagName("td"))
                            .get(client)
                            .getText();
            assertThat(pseudonym).startsWith("P-");
            browser.findElement(By.id("fix-q")).sendKeys(pseudonym);
            List<WebElement> ofClient = visibleRows(browser);
            assertThat(ofClient)
                    .isNotEmpty()
                    .hasSizeLessThanOrEqualTo(total)
                    .allMatch(
                            r ->
                                    r.findElements(By.tagName("td"))
                                            .get(client)
                                            .getText()
                                            .equals(pseudonym));
            assertThat(browser.findElement(By.id("fix-count")).getText())
                    .startsWith(ofClient.size() + " van " + total);
            browser.findElement(By.id("fix-q")).clear();
            js.executeScript(
                    "var q=document.getElementById('fix-q');q.value='';q.dispatchEvent(new Event('input'));");
            assertThat(visibleRows(browser)).hasSize(total);

            // then the console has no errors
            List<LogEntry> errors =
                    browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                            .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                            .toList();
            assertThat(errors).as("browser console").isEmpty();

        } finally {
            browser.quit();
        }
    }

    @Test
    void theInsurersCompareOnOneScaleTheHeadlineIsTheMoneyAtRiskAndThePageFits1400Pixels()
            throws Exception {
        requireChromium();

        // given a real check of the shipped small sample, and what summary.json says of it
        Path report = checkTheSmallSample();
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        RuleTexts nl = RuleTexts.of(Language.NL);

        ChromeDriver browser = startChromium();
        try {
            // when the page is opened in a window 1400 pixels wide
            browser.manage().window().setSize(new Dimension(1400, 1000));
            browser.get(report.toUri().toString());
            JavascriptExecutor js = browser;

            // then the money at risk is the headline: above the other cards, in larger type, as
            // summary.json has it
            WebElement headline = browser.findElement(By.id("headline"));
            assertThat(headline.findElement(By.className("v")).getText())
                    .isEqualTo(
                            nl.money(
                                    Money.cents(summary.get("money").get("atRiskCents").asLong())));
            WebElement claimedCard = browser.findElement(By.cssSelector(".cards .card.claimed"));
            assertThat(headline.getRect().getY()).isLessThan(claimedCard.getRect().getY());
            assertThat(px(headline.findElement(By.className("v")).getCssValue("font-size")))
                    .isGreaterThan(
                            1.5
                                    * px(
                                            claimedCard
                                                    .findElement(By.className("v"))
                                                    .getCssValue("font-size")));

            // and every insurer's bars are drawn on one scale: the same screen pixels per euro for
            // every segment of every insurer
            double pxPerCent = Double.NaN;
            int compared = 0;
            for (JsonNode insurer : summary.get("insurers")) {
                JsonNode money = insurer.get("money");
                String id = insurer.get("insurer").asText();
                double claimedWidth = 0;
                for (String[] part :
                        new String[][] {
                            {"reimbursable", "reimbursableCents"},
                            {"at-risk", "atRiskCents"},
                            {"unchecked", "uncheckedCents"},
                            {"cost-gap", "costGapCents"}
                        }) {
                    long cents = money.get(part[1]).asLong();
                    List<WebElement> rect =
                            browser.findElements(
                                    By.cssSelector(
                                            "#chart-insurers g[data-insurer='"
                                                    + id
                                                    + "'] rect."
                                                    + part[0]));
                    double width = rect.isEmpty() ? 0 : screenWidth(js, rect.get(0));
                    if (cents == 0) {
                        assertThat(width).as(id + " " + part[0]).isZero();
                        continue;
                    }
                    if (Double.isNaN(pxPerCent)) {
                        pxPerCent = width / cents;
                    }
                    assertThat(width)
                            .as(id + " " + part[0])
                            .isCloseTo(
                                    cents * pxPerCent, org.assertj.core.data.Offset.offset(0.75));
                    compared++;
                    claimedWidth += part[0].equals("cost-gap") ? 0 : width;
                }
                // the stacked bar is as long as the amount claimed
                assertThat(claimedWidth)
                        .as(id + " claimed")
                        .isCloseTo(
                                money.get("claimedCents").asLong() * pxPerCent,
                                org.assertj.core.data.Offset.offset(1.0));
            }
            assertThat(compared).isGreaterThan(10);
            // e.g. DSW: claimed and reimbursable differ, and so do their bars, in the same ratio
            JsonNode dsw = insurer(summary, "dsw").get("money");
            assertThat(dsw.get("claimedCents").asLong())
                    .isGreaterThan(dsw.get("reimbursableCents").asLong());
            double dswReimbursable =
                    screenWidth(
                            js,
                            browser.findElement(
                                    By.cssSelector(
                                            "#chart-insurers g[data-insurer='dsw'] rect.reimbursable")));
            double dswClaimed =
                    dswReimbursable
                            + screenWidth(
                                    js,
                                    browser.findElement(
                                            By.cssSelector(
                                                    "#chart-insurers g[data-insurer='dsw'] rect.at-risk")));
            assertThat(dswClaimed / dswReimbursable)
                    .isCloseTo(
                            (double) dsw.get("claimedCents").asLong()
                                    / dsw.get("reimbursableCents").asLong(),
                            org.assertj.core.data.Offset.offset(0.01));

            // and an axis in euros on that scale: each tick stands at its amount from the zero tick
            List<WebElement> ticks =
                    browser.findElements(By.cssSelector("#chart-insurers text.tick"));
            assertThat(ticks).hasSizeGreaterThanOrEqualTo(3);
            assertThat(ticks.get(0).getText()).isEqualTo("€ 0");
            double zero = centre(js, ticks.get(0));
            for (WebElement tick : ticks) {
                long cents = Long.parseLong(tick.getAttribute("data-cents"));
                assertThat(tick.getText())
                        .isEqualTo(nl.money(Money.cents(cents)).replace(",00", ""));
                assertThat(centre(js, tick) - zero)
                        .as(tick.getText())
                        .isCloseTo(cents * pxPerCent, org.assertj.core.data.Offset.offset(1.0));
            }

            // and the run time is the Dutch clock time of summary.json's UTC instant, in words
            java.time.Instant finished =
                    java.time.Instant.parse(summary.get("run").get("finishedAt").asText());
            assertThat(browser.findElement(By.id("run-time")).getText())
                    .isEqualTo(
                            java.time.format.DateTimeFormatter.ofPattern(
                                            "d MMMM yyyy, HH:mm", Language.NL.locale())
                                    .withZone(java.time.ZoneId.of("Europe/Amsterdam"))
                                    .format(finished));

            // and the lines to correct open with the most money at risk first
            List<Long> atRisk = cents(browser, headerIndex(browser, "Risicobedrag"));
            assertThat(atRisk)
                    .hasSizeGreaterThan(3)
                    .isSortedAccordingTo(java.util.Comparator.reverseOrder());
            assertThat(atRisk.get(0)).isGreaterThan(atRisk.get(atRisk.size() - 1));

            // and the page does not scroll sideways at 1400 pixels
            assertThat(
                            ((Number)
                                            js.executeScript(
                                                    "return document.documentElement.clientWidth"))
                                    .intValue())
                    .isGreaterThan(1300);
            assertThat(
                            (Boolean)
                                    js.executeScript(
                                            "return document.documentElement.scrollWidth<=document.documentElement.clientWidth"))
                    .as("no horizontal scroll at 1400 px")
                    .isTrue();

            // and a screenshot of the whole page, 1400 pixels wide, is kept for people to look at
            long height =
                    ((Number) js.executeScript("return document.documentElement.scrollHeight"))
                            .longValue();
            browser.manage()
                    .window()
                    .setSize(new Dimension(1400, (int) Math.min(height + 120, 9000)));
            assertThat(
                            (Boolean)
                                    js.executeScript(
                                            "return document.documentElement.scrollWidth<=document.documentElement.clientWidth"))
                    .as("no horizontal scroll at full height")
                    .isTrue();
            Path shot =
                    Files.createDirectories(buildDir().resolve("screenshots"))
                            .resolve("report-nl-1400.png");
            Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
            assertThat(shot).isNotEmptyFile();
        } finally {
            browser.quit();
        }
    }

    /**
     * Checks sample-claims/claims-small.csv with the real job into {@link #out}; keeps a copy of
     * the page in the build directory.
     */
    Path checkTheSmallSample() throws Exception {
        Path claims = Path.of("sample-claims/claims-small.csv").toAbsolutePath();
        Path profiles = Path.of("insurer-profiles").toAbsolutePath();
        Path costs = Path.of("technology-costs.yaml").toAbsolutePath();
        CheckJobParameters params =
                new CheckJobParameters(
                        claims,
                        InputInspection.of(claims).sha256(),
                        profiles,
                        ProfileSet.load(profiles).fingerprint(),
                        costs,
                        CostFileReader.read(costs).sha256(),
                        out,
                        "browser-" + java.util.UUID.randomUUID(),
                        null,
                        null,
                        Language.NL);
        JobExecution execution = jobs.startJob(params.toJobParameters());
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Path report = out.resolve("report.html");
        Path kept =
                Files.createDirectories(buildDir().resolve("report-browser"))
                        .resolve("report.html");
        Files.copy(report, kept, StandardCopyOption.REPLACE_EXISTING);
        return report;
    }

    static JsonNode insurer(JsonNode summary, String id) {
        for (JsonNode i : summary.get("insurers")) {
            if (i.get("insurer").asText().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no insurer " + id + " in summary.json");
    }

    /**
     * The width an element takes on the screen, in CSS pixels (after the SVG is scaled to the
     * page).
     */
    static double screenWidth(JavascriptExecutor js, WebElement e) {
        return ((Number) js.executeScript("return arguments[0].getBoundingClientRect().width;", e))
                .doubleValue();
    }

    static double centre(JavascriptExecutor js, WebElement e) {
        return ((Number)
                        js.executeScript(
                                "var r=arguments[0].getBoundingClientRect();return r.left+r.width/2;",
                                e))
                .doubleValue();
    }

    static double px(String cssLength) {
        return Double.parseDouble(cssLength.replace("px", ""));
    }

    static ChromeDriver startChromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--window-size=1400,1000",
                "--allow-file-access-from-files",
                "--disable-extensions",
                "--no-first-run");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(CHROMEDRIVER.toFile())
                        .usingAnyFreePort()
                        .withTimeout(Duration.ofSeconds(60))
                        .build();
        return new ChromeDriver(service, options);
    }

    /**
     * Picks an option as a keyboard user would: focus the list, choose, and the page hears
     * "change".
     */
    static void choose(ChromeDriver browser, String selectId, String value) {
        browser.executeScript(
                "var s=document.getElementById(arguments[0]);s.focus();s.value=arguments[1];"
                        + "s.dispatchEvent(new Event('change',{bubbles:true}));",
                selectId,
                value);
    }

    static List<WebElement> rows(ChromeDriver browser) {
        return browser.findElements(By.cssSelector("#fix-table tbody tr"));
    }

    static List<WebElement> visibleRows(ChromeDriver browser) {
        return rows(browser).stream().filter(WebElement::isDisplayed).toList();
    }

    static int headerIndex(ChromeDriver browser, String text) {
        List<String> headers =
                browser.findElements(By.cssSelector("#fix-table thead th")).stream()
                        .map(WebElement::getText)
                        .map(t -> t.replaceAll("[\\u2191\\u2193\\u2195]", "").trim())
                        .toList();
        int i = headers.indexOf(text);
        assertThat(i).as("column " + text + " in " + headers).isNotNegative();
        return i;
    }

    static List<Long> cents(ChromeDriver browser, int column) {
        return visibleRows(browser).stream()
                .map(
                        r ->
                                Long.parseLong(
                                        r.findElements(By.tagName("td"))
                                                .get(column)
                                                .getAttribute("data-v")))
                .toList();
    }
}
