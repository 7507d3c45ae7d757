package nl.tztcheck.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import nl.tztcheck.rules.Rule;
import nl.tztcheck.rules.RuleCatalogue;
import nl.tztcheck.rules.RuleTexts;

/** The Dutch and English bundles say the same things: the same keys, the same placeholders, every rule's three texts. */
class I18nBundleTests {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"rules", "terminal", "report", "workbook", "verification", "profilesync", "runfindings", "inputfiles"})
    void bothLanguagesHaveExactlyTheSameKeys(String bundle) {
        // given / when
        Set<String> nl = Messages.of(bundle, Language.NL).keys();
        Set<String> en = Messages.of(bundle, Language.EN).keys();

        // then
        assertThat(nl).isNotEmpty();
        assertThat(nl).as("keys in %s_nl but not in %s_en", bundle, bundle).isSubsetOf(en);
        assertThat(en).as("keys in %s_en but not in %s_nl", bundle, bundle).isSubsetOf(nl);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"rules", "terminal", "report", "workbook", "verification", "profilesync", "runfindings", "inputfiles"})
    void eachKeyHasTheSamePlaceholdersInBothLanguagesAndNoEmptyText(String bundle) {
        // given / when / then
        for (String key : Messages.of(bundle, Language.NL).keys()) {
            String dutch = raw(bundle, Language.NL, key);
            String english = raw(bundle, Language.EN, key);
            assertThat(dutch).as("%s_nl %s", bundle, key).isNotBlank();
            assertThat(english).as("%s_en %s", bundle, key).isNotBlank();
            assertThat(placeholders(dutch)).as("placeholders of %s in %s_nl and %s_en", key, bundle, bundle)
                    .isEqualTo(placeholders(english));
        }
    }

    @Test
    void everyRuleHasItsThreeTextsInBothLanguages() {
        for (Rule rule : RuleCatalogue.all()) {
            for (Language language : Language.values()) {
                Messages texts = Messages.of(RuleTexts.BUNDLE, language);
                for (String part : RuleTexts.PARTS) {
                    String key = rule.code().name() + "." + part;
                    assertThat(texts.has(key)).as("%s in rules_%s", key, language.code()).isTrue();
                }
                // explanation and what-to-do have no figures: reports show them beside any finding
                assertThat(placeholders(raw(RuleTexts.BUNDLE, language, rule.code() + ".explanation"))).as("%s.explanation", rule.code()).isEmpty();
                assertThat(placeholders(raw(RuleTexts.BUNDLE, language, rule.code() + ".whatToDo"))).as("%s.whatToDo", rule.code()).isEmpty();
            }
            assertThat(RuleTexts.explanation(rule.code(), Language.NL)).isNotEqualTo(RuleTexts.explanation(rule.code(), Language.EN));
            assertThat(RuleTexts.whatToDo(rule.code(), Language.NL)).isNotEqualTo(RuleTexts.whatToDo(rule.code(), Language.EN));
        }
    }

    @Test
    void theTerminalTextsAroundTheSummaryAreAsciiForTerminalsThatAreNotUtf8() {
        for (Language language : Language.values()) {
            Messages texts = Messages.of("terminal", language);
            texts.keys().stream().filter(k -> k.startsWith("summary.") || k.startsWith("check.") || k.startsWith("severity."))
                    .forEach(k -> assertThat(raw("terminal", language, k).chars().allMatch(ch -> ch < 128)).as("terminal_%s %s", language.code(), k)
                            .isTrue());
        }
    }

    /** The text as written in the file, placeholders unfilled. */
    private static String raw(String bundle, Language language, String key) {
        String file = "/i18n/" + bundle + "_" + language.code() + ".properties";
        java.util.Properties p = new java.util.Properties();
        try (var in = I18nBundleTests.class.getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return p.getProperty(key);
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
