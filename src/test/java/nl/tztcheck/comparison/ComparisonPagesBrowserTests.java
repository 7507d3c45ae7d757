package nl.tztcheck.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import nl.tztcheck.comparison.report.BreakEvenReport;
import nl.tztcheck.comparison.report.MatrixReport;
import nl.tztcheck.comparison.report.WhatIfReport;
import nl.tztcheck.i18n.Language;
import nl.tztcheck.profiles.CostFileReader;
import nl.tztcheck.profiles.ProfileSet;
import nl.tztcheck.testing.RequiredTool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The matrix page (compare-profiles) and the what-if page of the shipped profiles in the system's
 * headless Chromium at 1,400 px wide: no horizontal scroll, every insurer's column on screen, the
 * sources as numbered footnotes. A screenshot of each is kept under target/screenshots/. Skipped
 * without Chromium, except on CI (CI=true), where it fails and says what to install.
 */
class ComparisonPagesBrowserTests {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String INSTALL =
            "apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver";
    static final int WIDTH = 1400;

    static ChromeDriver browser;

    @TempDir static Path out;

    @BeforeAll
    static void startChromium() {
        RequiredTool.require(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and its driver (" + CHROMIUM + ", " + CHROMEDRIVER + ")",
                INSTALL);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--window-size=" + WIDTH + ",1000",
                "--allow-file-access-from-files",
                "--disable-extensions",
                "--no-first-run");
        ChromeDriverService service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(CHROMEDRIVER.toFile())
                        .usingAnyFreePort()
                        .withTimeout(Duration.ofSeconds(60))
                        .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theMatrixFitsA1400PixelWindowWithItsSourcesAsFootnotes(Language language)
            throws Exception {
        // given the matrix of the shipped profiles on a date where Menzis does not contract 1062
        ProfileSet profiles = ProfileSet.load(Path.of("insurer-profiles"));
        InterpretationMatrix m =
                InterpretationMatrix.of(profiles, LocalDate.of(2024, 3, 1), language);
        Path dir = Files.createDirectories(out.resolve("matrix-" + language.code()));
        MatrixReport.write(dir, m, language);

        // when it is opened in a window 1,400 px wide
        open(dir.resolve(MatrixReport.HTML));

        // then nothing scrolls sideways, and the last insurer's column ends inside the window
        assertNoHorizontalScroll();
        List<WebElement> headers = browser.findElements(By.cssSelector("table.fit thead th"));
        assertThat(headers).hasSize(2 + m.insurers().size());
        WebElement last = headers.get(headers.size() - 1);
        assertThat(last.getText()).contains(m.insurers().get(m.insurers().size() - 1).name());
        assertThat((long) last.getRect().getX() + last.getRect().getWidth())
                .isLessThanOrEqualTo(innerWidth());
        // and every deviating cell points to a numbered footnote that names its source; no URL sits
        // in a cell
        List<WebElement> refs = browser.findElements(By.cssSelector("table.fit sup.fn a"));
        assertThat(refs).hasSize(m.deviations());
        List<WebElement> notes = browser.findElements(By.cssSelector("ol.footnotes li"));
        assertThat(notes).isNotEmpty();
        for (WebElement ref : refs) {
            String id = ref.getAttribute("href").replaceAll(".*#", "");
            assertThat(browser.findElement(By.id(id)).getText()).isNotBlank();
        }
        assertThat(
                        browser.findElements(By.cssSelector("table.fit td")).stream()
                                .map(WebElement::getText))
                .noneMatch(t -> t.contains("http"));
        screenshot("matrix-" + language.code() + ".png");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theWhatIfPageWithItsChartFitsA1400PixelWindow(Language language) throws Exception {
        // given the what-if of the shipped small sample
        WhatIfResult r =
                new WhatIf(
                                ProfileSet.load(Path.of("insurer-profiles")),
                                CostFileReader.read(Path.of("technology-costs.yaml")))
                        .run(Path.of("sample-claims/claims-small.csv"));
        Path dir = Files.createDirectories(out.resolve("what-if-" + language.code()));
        WhatIfReport.write(dir, r, language);

        // when
        open(dir.resolve(WhatIfReport.HTML));

        // then the chart is drawn, one bar label per insurer, and nothing scrolls sideways
        assertThat(browser.findElement(By.cssSelector("svg.chart")).isDisplayed()).isTrue();
        assertThat(browser.findElements(By.cssSelector("svg.chart rect.bar")).size())
                .isGreaterThanOrEqualTo(r.insurers().size() - 1);
        assertNoHorizontalScroll();
        screenshot("what-if-" + language.code() + ".png");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theBreakEvenPageWithItsTrustColumnFitsA1400PixelWindow(Language language)
            throws Exception {
        // given the break-even of the shipped profiles and costs
        ProfileSet profiles = ProfileSet.load(Path.of("insurer-profiles"));
        var costs = CostFileReader.read(Path.of("technology-costs.yaml"));
        var rows =
                BreakEven.compute(
                        profiles,
                        costs,
                        LocalDate.of(2024, 3, 1),
                        ProductCategories.from(
                                Path.of("sample-claims/claims-small.csv"), profiles, costs));
        Path dir = Files.createDirectories(out.resolve("break-even-" + language.code()));
        BreakEvenReport.write(
                dir, LocalDate.of(2024, 3, 1), rows, profiles.fingerprint(), language);

        // when
        open(dir.resolve(BreakEvenReport.HTML));

        // then every row shows its trust, and nothing scrolls sideways
        assertThat(browser.findElements(By.cssSelector("table.fit tbody tr"))).hasSize(rows.size());
        assertNoHorizontalScroll();
        screenshot("break-even-" + language.code() + ".png");
    }

    private static void open(Path page) {
        browser.manage().window().setSize(new Dimension(WIDTH, 1000));
        browser.get(page.toUri().toString());
    }

    private static long innerWidth() {
        return ((Number) browser.executeScript("return window.innerWidth")).longValue();
    }

    private static void assertNoHorizontalScroll() {
        long scrollWidth =
                ((Number) browser.executeScript("return document.documentElement.scrollWidth"))
                        .longValue();
        assertThat(scrollWidth)
                .as("document.scrollWidth at a window of %d px", WIDTH)
                .isLessThanOrEqualTo(innerWidth());
    }

    /** The whole page at 1,400 px wide, kept for people to look at: target/screenshots/NAME. */
    private static void screenshot(String name) throws Exception {
        long height =
                ((Number) browser.executeScript("return document.documentElement.scrollHeight"))
                        .longValue();
        browser.manage().window().setSize(new Dimension(WIDTH, (int) Math.min(height + 120, 9000)));
        Path dir = Files.createDirectories(buildDir().resolve("screenshots"));
        Path shot = dir.resolve(name);
        Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
        assertThat(shot).isNotEmptyFile();
    }

    /** The build directory (target/ or -Dbuild.dir), found from where the test classes are. */
    private static Path buildDir() throws Exception {
        return Path.of(
                        ComparisonPagesBrowserTests.class
                                .getProtectionDomain()
                                .getCodeSource()
                                .getLocation()
                                .toURI())
                .getParent();
    }
}
