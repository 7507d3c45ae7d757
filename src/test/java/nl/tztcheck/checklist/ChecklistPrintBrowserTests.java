package nl.tztcheck.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.regex.Pattern;
import nl.tztcheck.i18n.Language;
import nl.tztcheck.profiles.InsurerProfile;
import nl.tztcheck.profiles.ProfileSet;
import nl.tztcheck.testing.RequiredTool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.print.PageMargin;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * Every shipped insurer's checklist, in both languages, printed by the system's headless Chromium
 * on A4 (the page's own margins, no scaling): one sheet each, as a finance clerk prints it. Skipped
 * without Chromium, except on CI (CI=true).
 */
class ChecklistPrintBrowserTests {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String INSTALL =
            "apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver";
    private static final Pattern PAGE = Pattern.compile("/Type\\s*/Page[^s]");

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
                "--window-size=1000,1000",
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

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {2024, 2025, 2026})
    void everyPageFitsOneA4Sheet(int year) throws Exception {
        ProfileSet set = ProfileSet.load(Path.of("insurer-profiles"));
        PrintOptions a4 = new PrintOptions();
        a4.setPageSize(new PageSize(29.7, 21.0));
        a4.setPageMargin(new PageMargin(1.1, 1.2, 1.1, 1.2));
        a4.setShrinkToFit(false);
        a4.setBackground(true);
        for (InsurerProfile p : set.insurers()) {
            for (Language language : Language.values()) {
                // given the page as the command writes it
                LocalDate day = Checklists.dateIn(set, p, year).orElseThrow();
                Checklist c = ChecklistBuilder.build(set, p, day, language).orElseThrow();
                Path file = out.resolve(c.fileStem() + "-" + language.code() + ".html");
                Files.writeString(file, ChecklistHtml.render(c), StandardCharsets.UTF_8);

                // when it is printed on A4
                browser.get(file.toUri().toString());
                byte[] pdf = Base64.getDecoder().decode(browser.print(a4).getContent());

                // then it takes one sheet
                long sheets =
                        PAGE.matcher(new String(pdf, StandardCharsets.ISO_8859_1))
                                .results()
                                .count();
                assertThat(sheets).as("%s %d %s", p.id(), year, language).isEqualTo(1);
            }
        }
    }
}
