package nl.tztcheck.comparison.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

class RegularCareEffectReportTests {

    @TempDir Path dir;

    /**
     * Ten hand-computed MEDICATION clients (570 before, 435 after) and three VIDEO clients, all at
     * Alpha (PV 65.00).
     */
    private RegularCareEffect effect() throws IOException {
        List<String> lines =
                new ArrayList<>(EffectFixtures.clients("C", 10, 3, 600, 540, 450, 420));
        lines.addAll(
                EffectFixtures.clients("V", 3, 3, 300, 300, 200, 200).stream()
                        .map(l -> l.replace("MEDICATION", "VIDEO"))
                        .toList());
        return RegularCareEffects.read(
                EffectFixtures.export(dir, lines),
                ProfileSet.load(EffectFixtures.profiles(dir)),
                TechnologyMapping.NONE,
                EffectWindow.DEFAULT);
    }

    private String read(Path out, String file) throws IOException {
        return Files.readString(out.resolve(file), StandardCharsets.UTF_8);
    }

    @Test
    void theDutchPageSaysObservedNotCausalAndShowsTheSmallCellAsUnderTen() throws IOException {
        // when written in Dutch
        Path out = dir.resolve("nl");
        RegularCareEffectReport.write(out, effect(), Language.NL);

        // then the label, the figures the Dutch way, the tariff with its trust, and "< 10" (never
        // 0) for the video cell
        String html = read(out, RegularCareEffectReport.HTML);
        assertThat(html)
                .contains(
                        "Waargenomen verschil, geen causaal effect",
                        "570",
                        "435",
                        "-135",
                        "€ -146,25",
                        "PV € 65,00",
                        "illustratief",
                        "&lt; 10");
        assertThat(html).doesNotContain("300", "200");
        assertThat(read(out, RegularCareEffectReport.MARKDOWN))
                .contains("Waargenomen verschil, geen causaal effect", "< 10");
        String csv = read(out, RegularCareEffectReport.CSV);
        assertThat(csv)
                .contains(
                        "alpha;Alpha;MEDICATION;10;2;2;570.0;435.0;-135.0;135;-14625;PV;6500;6500;illustrative;illustratief;"
                                + "Waargenomen verschil, geen causaal effect");
        assertThat(csv).contains("alpha;Alpha;VIDEO;<10;2;2;;;;;;PV;6500;6500");
    }

    @Test
    void theEnglishPageSaysTheSameInEnglish() throws IOException {
        // when written in English
        Path out = dir.resolve("en");
        RegularCareEffectReport.write(out, effect(), Language.EN);

        // then
        String html = read(out, RegularCareEffectReport.HTML);
        assertThat(html)
                .contains(
                        "Observed difference, not a causal effect",
                        "Mean minutes per month before",
                        "-€146.25",
                        "&lt; 10",
                        "illustrative");
        assertThat(html).doesNotContain("Waargenomen");
    }
}
