package nl.tztcheck.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import nl.tztcheck.businesscase.EffectFixtures;
import nl.tztcheck.businesscase.EffectWindow;
import nl.tztcheck.businesscase.RegularCareEffect;
import nl.tztcheck.businesscase.RegularCareEffects;
import nl.tztcheck.claims.aw319.TechnologyMapping;
import nl.tztcheck.i18n.Language;
import nl.tztcheck.profiles.ProfileSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegularCareEffectHtmlTests {

    @TempDir Path dir;

    private RegularCareEffect effect(List<String> lines) throws IOException {
        return RegularCareEffects.read(
                EffectFixtures.export(dir, lines),
                ProfileSet.load(EffectFixtures.profiles(dir)),
                TechnologyMapping.NONE,
                EffectWindow.DEFAULT);
    }

    @Test
    void theReportSectionShowsTheTableWithTheLabelAndTheTariffsTrust() throws IOException {
        // given ten hand-computed clients (570 before, 435 after at PV 65.00)
        RegularCareEffect e = effect(EffectFixtures.clients("C", 10, 3, 600, 540, 450, 420));

        // when the section is written in Dutch and in English
        StringBuilder nl = new StringBuilder();
        RegularCareEffectHtml.section(nl, e, Language.NL);
        StringBuilder en = new StringBuilder();
        RegularCareEffectHtml.section(en, e, Language.EN);

        // then
        assertThat(nl.toString())
                .contains(
                        "id=\"regular-care\"",
                        "Waargenomen verschil, geen causaal effect",
                        "<td class=\"num\">570</td>",
                        "<td class=\"num\">435</td>",
                        "<td class=\"num\">-135</td>",
                        "€ -146,25",
                        "PV € 65,00",
                        "illustratief");
        assertThat(en.toString())
                .contains("Observed difference, not a causal effect", "-€146.25", "illustrative");
    }

    @Test
    void anExportTooShortForTheWindowSaysSoInsteadOfAnEmptyTable() throws IOException {
        // given clients who all start in January
        RegularCareEffect e = effect(EffectFixtures.clients("C", 10, 1, 100, 100, 100, 100));

        // when
        StringBuilder h = new StringBuilder();
        RegularCareEffectHtml.section(h, e, Language.NL);

        // then no table, the reason and the count of clients left out
        assertThat(h.toString())
                .doesNotContain("<table")
                .contains(
                        "Geen enkele cliënt heeft genoeg maanden",
                        "Niet meegeteld: 10 cliënt(en) met een eerste 1062-maand buiten het venster");
    }
}
