package nl.tztcheck.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import nl.tztcheck.i18n.Language;
import nl.tztcheck.profiles.InsurerProfile;
import nl.tztcheck.profiles.ProfileSet;
import nl.tztcheck.profiles.ProfileVersion;
import nl.tztcheck.profiles.Trust;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checklist a clerk prints, built from the shipped profiles and from a changed copy of them. No
 * Spring.
 */
class ChecklistBuilderTests {

    private static final Path SHIPPED = Path.of("insurer-profiles");
    private static final ProfileSet SET = ProfileSet.load(SHIPPED);

    @TempDir Path dir;

    private static InsurerProfile insurer(ProfileSet set, String id) {
        return set.insurers().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    private static Checklist page(ProfileSet set, String id, int year, Language language) {
        InsurerProfile p = insurer(set, id);
        LocalDate day = Checklists.dateIn(set, p, year).orElseThrow();
        return ChecklistBuilder.build(set, p, day, language).orElseThrow();
    }

    private static ChecklistItem item(Checklist c, String topic) {
        return c.items().stream()
                .filter(i -> i.topic().equals(topic))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + topic));
    }

    /**
     * A copy of the shipped profiles with texts replaced in one file (which must hold each): from,
     * to, from, to...
     */
    private ProfileSet changedCopy(String file, String... fromTo) throws IOException {
        Path copy = Files.createDirectories(dir.resolve("profiles"));
        try (Stream<Path> files = Files.list(SHIPPED)) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        String yaml = Files.readString(copy.resolve(file), StandardCharsets.UTF_8);
        for (int i = 0; i < fromTo.length; i += 2) {
            assertThat(yaml).contains(fromTo[i]);
            yaml = yaml.replace(fromTo[i], fromTo[i + 1]);
        }
        Files.writeString(copy.resolve(file), yaml, StandardCharsets.UTF_8);
        return ProfileSet.load(copy);
    }

    @Test
    void aCapChangedInTheInsurersYamlChangesTheItemOnThePage() throws IOException {
        // given a copy of the shipped profiles in which VGZ's medication cap is 120 minutes instead
        // of 150
        ProfileSet changedSet =
                changedCopy(
                        "vgz.yaml",
                        "{MEDICATION: 150, VIDEO: 240}",
                        "{MEDICATION: 120, VIDEO: 240}");

        // when
        String shipped = item(page(SET, "vgz", 2024, Language.NL), "Plafond per categorie").text();
        String changed =
                item(page(changedSet, "vgz", 2024, Language.NL), "Plafond per categorie").text();

        // then the page says what the file says
        assertThat(shipped)
                .contains(
                        "medicatiebegeleiding maximaal 150 minuten (2,5 uur)",
                        "beeldzorg maximaal 240 minuten (4 uur)");
        assertThat(changed)
                .contains(
                        "medicatiebegeleiding maximaal 120 minuten (2 uur)",
                        "beeldzorg maximaal 240 minuten (4 uur)");
    }

    @Test
    void eachItemCarriesTheTrustOfTheVersionThatDecidesItAndNationalValuesAreMarkedLandelijk() {
        // given VGZ 2024: category caps and tariffs illustrative in its own source, the monthly cap
        // the verified national rule
        Checklist c = page(SET, "vgz", 2024, Language.NL);
        ProfileVersion vgz2024 =
                insurer(SET, "vgz").versionOn(LocalDate.of(2024, 1, 1)).orElseThrow();
        ProfileVersion national2024 = SET.nationalOn(LocalDate.of(2024, 1, 1)).orElseThrow();

        // then
        ChecklistItem categoryCaps = item(c, "Plafond per categorie");
        assertThat(categoryCaps.trust())
                .isEqualTo(vgz2024.source().trustOf("categoryCapsMinutes"))
                .isEqualTo(Trust.ILLUSTRATIVE);
        assertThat(categoryCaps.national()).isFalse();
        ChecklistItem monthlyCap = item(c, "Maandplafond");
        assertThat(monthlyCap.trust())
                .isEqualTo(national2024.source().trustOf("monthlyCapMinutes"))
                .isEqualTo(Trust.VERIFIED);
        assertThat(monthlyCap.national()).isTrue();
        assertThat(item(c, "Reguliere zorg in dezelfde maand").trust()).isEqualTo(Trust.UNVERIFIED);
        assertThat(c.trust()).isEqualTo(Trust.ILLUSTRATIVE);
        // and the page shows it next to each item: the verified national cap cites the NZa quote
        // that backs it
        String html = ChecklistHtml.render(c);
        assertThat(html)
                .containsPattern(
                        "Maandplafond</th><td>[^<]*390 minuten \\(6,5 uur\\)[^<]*</td><td>landelijk</td>"
                                + "<td class=\"trust t-verified\">geverifieerd</td><td>\\[1a\\]</td>");
        assertThat(html)
                .containsPattern(
                        "Plafond per categorie</th><td>[^<]*</td><td>VGZ</td><td class=\"trust t-illustrative\">illustratief</td>");
        assertThat(html).contains("[1a] “" + national2024.source().quotes().get(0).text() + "”");
    }

    @Test
    void aVerifiedInsurerConditionCitesTheInsurersOwnQuote() {
        // given Zilveren Kruis: prior approval verified by a quote of its source
        Checklist c = page(SET, "zilveren-kruis", 2024, Language.NL);
        ProfileVersion zk =
                insurer(SET, "zilveren-kruis").versionOn(LocalDate.of(2024, 1, 1)).orElseThrow();

        // then
        ChecklistItem approval = item(c, "Toestemming vooraf");
        assertThat(approval.text()).startsWith("Vraag vooraf toestemming aan bij Zilveren Kruis");
        assertThat(approval.trust()).isEqualTo(Trust.VERIFIED);
        assertThat(approval.national()).isFalse();
        CitedSource insurerSource =
                c.sources().stream().filter(s -> !s.national()).findFirst().orElseThrow();
        assertThat(insurerSource.title()).isEqualTo(zk.source().title());
        assertThat(insurerSource.quotes())
                .extracting(CitedSource.CitedQuote::text)
                .containsExactly(zk.source().quotes().get(0).text());
        assertThat(approval.refs()).containsExactly(insurerSource.quotes().get(0).ref());
    }

    @Test
    void aNonContractedInsurersPageSaysSoFirst() {
        // given Menzis 2024 (contracted: false) and Menzis 2025 (contracted again)
        Checklist y2024 = page(SET, "menzis", 2024, Language.NL);
        Checklist y2025 = page(SET, "menzis", 2025, Language.NL);

        // then the first thing after the title is that nothing is paid, on the page and in the
        // Markdown
        assertThat(y2024.contracted()).isFalse();
        String warning = y2024.warnings().get(0);
        assertThat(warning)
                .startsWith(
                        "Niet gecontracteerd: Menzis vergoedt thuiszorgtechnologie niet (0 uur)");
        String html = ChecklistHtml.render(y2024);
        String afterTitle = html.substring(html.indexOf("</h1>") + "</h1>".length()).strip();
        assertThat(afterTitle).startsWith("<p class=\"warn stop\">" + warning + "</p>");
        List<String> mdLines =
                ChecklistMarkdown.render(y2024).lines().filter(l -> !l.isBlank()).toList();
        assertThat(mdLines.get(1)).isEqualTo("> **" + warning + "**");
        assertThat(y2024.items().get(0).text()).contains("geen contract");
        assertThat(y2025.contracted()).isTrue();
        assertThat(y2025.warnings()).noneMatch(w -> w.startsWith("Niet gecontracteerd"));
        assertThat(ChecklistHtml.render(y2025)).doesNotContain("warn stop");
    }

    @Test
    void termsCarriedForwardAreAWarningOnThePage() {
        // given 2026: no source found for the national rule nor for VGZ, both repeat an earlier
        // version
        Checklist c = page(SET, "vgz", 2026, Language.NL);

        // then
        assertThat(c.warnings())
                .anyMatch(
                        w ->
                                w.contains("versie 2026 geen bron gevonden")
                                        && w.contains("versie 2025"))
                .anyMatch(
                        w -> w.startsWith("Voor de landelijke regel") && w.contains("versie 2024"));
    }

    @Test
    void markdownAndHtmlCarryTheSameItemsForEveryShippedInsurer() {
        for (InsurerProfile p : SET.insurers()) {
            for (Language language : Language.values()) {
                // given
                Checklist c = page(SET, p.id(), 2024, language);
                String html = ChecklistHtml.render(c);
                String md = ChecklistMarkdown.render(c);

                // then one box per item in both, each with its topic, text and trust
                assertThat(count(html, "class=\"tick\"")).as(p.id()).isEqualTo(c.items().size());
                assertThat(md.lines().filter(l -> l.startsWith("- [ ] ")).count())
                        .as(p.id())
                        .isEqualTo(c.items().size());
                for (ChecklistItem i : c.items()) {
                    assertThat(html)
                            .contains(
                                    ChecklistHtml.esc(i.topic())
                                            + "</th><td>"
                                            + ChecklistHtml.esc(i.text())
                                            + "</td>");
                    assertThat(md)
                            .contains(
                                    "- [ ] **"
                                            + ChecklistMarkdown.inline(i.topic())
                                            + "**: "
                                            + ChecklistMarkdown.inline(i.text()));
                }
                for (CitedSource s : c.sources()) {
                    assertThat(html).contains("[" + s.number() + "] ");
                    assertThat(md).contains("[" + s.number() + "] ");
                }
            }
        }
    }

    @Test
    void inEnglishWithLangEn() {
        // given
        Checklist c = page(SET, "vgz", 2024, Language.EN);

        // then
        String html = ChecklistHtml.render(c);
        assertThat(html)
                .contains(
                        "<html lang=\"en\">",
                        "Before you declare: VGZ, 2024",
                        "Cap per category",
                        "medication at most 150 minutes",
                        ">illustrative<",
                        ">national<")
                .doesNotContain("Voordat u declareert", "landelijk");
        assertThat(ChecklistMarkdown.render(c))
                .contains("# Before you declare: VGZ, 2024", "origin: national; *verified*");
    }

    @Test
    void aYearIsShownOnItsFirstDayWithVersionsAndAYearWithoutVersionsHasNone() {
        InsurerProfile vgz = insurer(SET, "vgz");

        assertThat(Checklists.dateIn(SET, vgz, 2024)).contains(LocalDate.of(2024, 1, 1));
        assertThat(Checklists.dateIn(SET, vgz, 2030)).isEmpty();
        assertThat(Checklists.years(SET, vgz)).containsExactly(2024, 2025, 2026);
    }

    @Test
    void aYearWhoseFirstVersionStartsLaterIsShownFromThatDayAndAChangeWithinTheYearIsNamed()
            throws IOException {
        // given DSW's 2024 version from 1 March only, and its 2025 terms already from 1 October
        // 2024
        ProfileSet changed =
                changedCopy(
                        "dsw.yaml",
                        "validFrom: 2024-01-01\n    validTo: 2024-12-31\n",
                        "validFrom: 2024-03-01\n    validTo: 2024-09-30\n",
                        "validFrom: 2025-01-01\n",
                        "validFrom: 2024-10-01\n");
        InsurerProfile dsw = insurer(changed, "dsw");

        // when
        Checklist c = page(changed, "dsw", 2024, Language.NL);

        // then
        assertThat(Checklists.dateIn(changed, dsw, 2024)).contains(LocalDate.of(2024, 3, 1));
        assertThat(c.version()).isEqualTo("2024 (2024-03-01 .. 2024-09-30)");
        assertThat(c.warnings())
                .contains(
                        "Let op: vanaf 1 oktober 2024 geldt een andere versie van de voorwaarden; maak daarvoor een nieuwe"
                                + " lijst met --date.");
    }

    private static long count(String text, String part) {
        return (text.length() - text.replace(part, "").length()) / part.length();
    }
}
