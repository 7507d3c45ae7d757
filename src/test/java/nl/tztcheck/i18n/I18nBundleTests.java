package nl.tztcheck.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.tztcheck.rules.Rule;
import nl.tztcheck.rules.RuleCatalogue;
import nl.tztcheck.rules.RuleTexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Dutch and English bundles say the same things: every bundle in {@code i18n/} (found on the
 * class path, so a new bundle is walked without being listed here) exists in both languages with
 * the same keys, the same placeholders, no empty text, and no text left untranslated: a value that
 * is the same in Dutch and English is a forgotten translation unless it holds no word of three
 * letters or more outside its placeholders ("{technology} ({product})", "/s") or it is one of
 * {@link #SAME_IN_BOTH}.
 */
class I18nBundleTests {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");

    /**
     * Texts that are the same in Dutch and English: names of codes and fields (UZOVI, BSN, a YAML
     * key), the severity "info", and "record" (an AW319 record is a record in Dutch too).
     */
    static final Set<String> SAME_IN_BOTH =
            Set.of(
                    "UZOVI",
                    "Code",
                    "info",
                    "INFO",
                    "BSN",
                    "tariffs.V",
                    "tariffs.PV",
                    "record {record}",
                    "Product",
                    "Zorgkantoor",
                    "Export {file}:");

    /**
     * The title of a Dutch source is cited as published, in either language: {@code <CODE>.source}
     * in the rules bundle.
     */
    private static boolean citesADutchTitle(String bundle, String key) {
        return bundle.equals("rules") && key.endsWith(".source");
    }

    /** Every bundle under i18n/: the names before _nl.properties and _en.properties. */
    static Stream<String> bundles() throws Exception {
        // the tool's bundles, where the main resources are (the test resources have an i18n folder
        // of their own)
        Path dir =
                Path.of(I18nBundleTests.class.getResource("/i18n/terminal_nl.properties").toURI())
                        .getParent();
        try (Stream<Path> files = Files.list(dir)) {
            return files
                    .map(f -> f.getFileName().toString())
                    .filter(n -> n.matches(".+_(nl|en)\\.properties"))
                    .map(n -> n.substring(0, n.length() - "_nl.properties".length()))
                    .distinct()
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @Test
    void theWalkFindsTheBundlesOfEveryPartOfTheTool() throws Exception {
        assertThat(bundles().toList())
                .contains(
                        "rules", "terminal", "report", "workbook", "rejects", "validation", "help");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundles")
    void everyBundleExistsInBothLanguages(String bundle) {
        for (Language language : Language.values()) {
            String file = "/i18n/" + bundle + "_" + language.code() + ".properties";
            assertThat(I18nBundleTests.class.getResource(file))
                    .as("%s is missing", file)
                    .isNotNull();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundles")
    void noTextIsLeftUntranslated(String bundle) {
        for (String key : Messages.of(bundle, Language.NL).keys()) {
            String dutch = raw(bundle, Language.NL, key);
            if (dutch.equals(raw(bundle, Language.EN, key))
                    && !SAME_IN_BOTH.contains(dutch)
                    && !citesADutchTitle(bundle, key)) {
                assertThat(WORD.matcher(PLACEHOLDER.matcher(dutch).replaceAll("")).find())
                        .as("%s %s is the same in Dutch and English: '%s'", bundle, key, dutch)
                        .isFalse();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundles")
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
    @MethodSource("bundles")
    void eachKeyHasTheSamePlaceholdersInBothLanguagesAndNoEmptyText(String bundle) {
        // given / when / then
        for (String key : Messages.of(bundle, Language.NL).keys()) {
            String dutch = raw(bundle, Language.NL, key);
            String english = raw(bundle, Language.EN, key);
            assertThat(dutch).as("%s_nl %s", bundle, key).isNotBlank();
            assertThat(english).as("%s_en %s", bundle, key).isNotBlank();
            assertThat(placeholders(dutch))
                    .as("placeholders of %s in %s_nl and %s_en", key, bundle, bundle)
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
                assertThat(
                                placeholders(
                                        raw(
                                                RuleTexts.BUNDLE,
                                                language,
                                                rule.code() + ".explanation")))
                        .as("%s.explanation", rule.code())
                        .isEmpty();
                assertThat(placeholders(raw(RuleTexts.BUNDLE, language, rule.code() + ".whatToDo")))
                        .as("%s.whatToDo", rule.code())
                        .isEmpty();
            }
            assertThat(RuleTexts.explanation(rule.code(), Language.NL))
                    .isNotEqualTo(RuleTexts.explanation(rule.code(), Language.EN));
            assertThat(RuleTexts.whatToDo(rule.code(), Language.NL))
                    .isNotEqualTo(RuleTexts.whatToDo(rule.code(), Language.EN));
        }
    }

    @Test
    void theTerminalTextsAroundTheSummaryAreAsciiForTerminalsThatAreNotUtf8() {
        for (Language language : Language.values()) {
            Messages texts = Messages.of("terminal", language);
            texts.keys().stream()
                    .filter(
                            k ->
                                    k.startsWith("summary.")
                                            || k.startsWith("check.")
                                            || k.startsWith("severity."))
                    .forEach(
                            k ->
                                    assertThat(
                                                    raw("terminal", language, k)
                                                            .chars()
                                                            .allMatch(ch -> ch < 128))
                                            .as("terminal_%s %s", language.code(), k)
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
