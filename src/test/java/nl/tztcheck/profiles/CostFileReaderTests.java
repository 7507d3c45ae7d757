package nl.tztcheck.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.tztcheck.claims.Technology;
import nl.tztcheck.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CostFileReaderTests {

    private static final Path SHIPPED = Path.of("technology-costs.yaml");

    private static final String VALID =
            """
            source: {title: test costs, verified: false}
            currency: EUR
            categories: {MEDICATION: 150.00, VIDEO: 25.00, OTHER: 30.00}
            products: {Medido: 200.00}
            """;

    private static Path write(Path dir, String text) throws IOException {
        return Files.writeString(dir.resolve("costs.yaml"), text, StandardCharsets.UTF_8);
    }

    private static List<ProfileProblem> problemsOf(Path file) {
        InvalidProfilesException e =
                catchThrowableOfType(
                        InvalidProfilesException.class, () -> CostFileReader.read(file));
        assertThat(e).as("reading %s should fail", file).isNotNull();
        return e.problems();
    }

    @Test
    void shippedFileLoadsWithItsIllustrativeValues() {
        // given the technology-costs.yaml shipped at the repository root
        // when it is read
        CostTable costs = CostFileReader.read(SHIPPED);

        // then every category and product has its monthly cost per client, marked as unverified
        assertThat(costs.categories())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(
                                Technology.MEDICATION,
                                Money.cents(15000),
                                Technology.VIDEO,
                                Money.cents(2500),
                                Technology.OTHER,
                                Money.cents(3000)));
        assertThat(costs.products())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(
                                "medido",
                                Money.cents(20000),
                                "medminder",
                                Money.cents(18000),
                                "compaan",
                                Money.cents(3500)));
        assertThat(costs.source().verified()).isFalse();
        assertThat(costs.source().title()).startsWith("Illustrative technology costs");
        assertThat(costs.sha256()).hasSize(64);
    }

    @Test
    void productLookupIgnoresCaseAndSurroundingSpace() {
        // given the shipped costs
        CostTable costs = CostFileReader.read(SHIPPED);

        // when a product is looked up as an administration might write it
        // then it is found whatever its case
        assertThat(costs.costOf(Technology.MEDICATION, "MEDIDO")).isEqualTo(Money.cents(20000));
        assertThat(costs.costOf(Technology.MEDICATION, " medido ")).isEqualTo(Money.cents(20000));
        assertThat(costs.costOf(Technology.MEDICATION, "medMinder")).isEqualTo(Money.cents(18000));
    }

    @Test
    void unknownOrMissingProductCountsAtTheCategoryCost() {
        // given the shipped costs
        CostTable costs = CostFileReader.read(SHIPPED);

        // when a line names a product not in the file, or none
        // then the category's cost applies
        assertThat(costs.costOf(Technology.VIDEO, "SomeTablet")).isEqualTo(Money.cents(2500));
        assertThat(costs.costOf(Technology.OTHER, null)).isEqualTo(Money.cents(3000));
        assertThat(costs.costOf(Technology.MEDICATION, "")).isEqualTo(Money.cents(15000));
    }

    @Test
    void sameBytesGiveTheSameHash(@TempDir Path dir) throws IOException {
        // given a file and the same file with one extra comment
        Path file = write(dir, VALID);
        String before = CostFileReader.read(file).sha256();

        // when the file changes
        Files.writeString(file, VALID + "# reviewed\n", StandardCharsets.UTF_8);

        // then the hash follows the bytes
        assertThat(CostFileReader.read(file).sha256()).isNotEqualTo(before);
        assertThat(CostFileReader.read(write(dir, VALID)).sha256()).isEqualTo(before);
    }

    @Test
    void missingCategory(@TempDir Path dir) throws IOException {
        // given a file without a cost for OTHER
        Path file = write(dir, VALID.replace(", OTHER: 30.00", ""));

        // when reading, then the missing category is named
        List<ProfileProblem> problems = problemsOf(file);
        assertThat(problems)
                .singleElement()
                .satisfies(
                        p -> {
                            assertThat(p.file()).isEqualTo("costs.yaml");
                            assertThat(p.field()).isEqualTo("categories.OTHER");
                            assertThat(p.problem())
                                    .contains("missing", "every category needs a monthly cost");
                        });
    }

    @Test
    void negativeAmount(@TempDir Path dir) throws IOException {
        // given a negative cost
        Path file = write(dir, VALID.replace("VIDEO: 25.00", "VIDEO: -25.00"));

        // when reading, then the amount is refused (and not also reported as missing)
        List<ProfileProblem> problems = problemsOf(file);
        assertThat(problems)
                .singleElement()
                .satisfies(
                        p -> {
                            assertThat(p.file()).isEqualTo("costs.yaml");
                            assertThat(p.field()).isEqualTo("categories.VIDEO");
                            assertThat(p.problem())
                                    .contains("expected an amount in euros", "-25.0");
                        });
    }

    @Test
    void invalidAmounts(@TempDir Path dir) throws IOException {
        // given a product cost in words and one with a fraction of a cent
        Path file =
                write(
                        dir,
                        VALID.replace(
                                "products: {Medido: 200.00}",
                                "products: {Medido: two hundred, Compaan: 35.001}"));

        // when reading, then both are refused
        List<ProfileProblem> problems = problemsOf(file);
        assertThat(problems)
                .extracting(ProfileProblem::field)
                .containsExactlyInAnyOrder("products.Medido", "products.Compaan");
        assertThat(problems)
                .allSatisfy(
                        p ->
                                assertThat(p.problem())
                                        .contains("expected an amount in euros such as 67.94"));
    }

    @Test
    void unknownKey(@TempDir Path dir) throws IOException {
        // given a top-level key the reader does not know
        Path file = write(dir, VALID + "colour: blue\n");

        // when reading, then the key is named
        List<ProfileProblem> problems = problemsOf(file);
        assertThat(problems)
                .singleElement()
                .satisfies(
                        p -> {
                            assertThat(p.file()).isEqualTo("costs.yaml");
                            assertThat(p.field()).isEqualTo("colour");
                            assertThat(p.problem())
                                    .contains("unknown key", "categories", "products");
                        });
    }

    @Test
    void unknownCategoryOtherCurrencyAndProductListedTwice(@TempDir Path dir) throws IOException {
        // given several problems in one file
        Path file =
                write(
                        dir,
                        """
                source: {title: test costs, verified: false}
                currency: USD
                categories: {MEDICATION: 150.00, VIDEO: 25.00, OTHER: 30.00, ROBOT: 10.00}
                products: {Medido: 200.00, MEDIDO: 210.00}
                """);

        // when reading, then each is reported
        List<ProfileProblem> problems = problemsOf(file);
        assertThat(problems)
                .extracting(ProfileProblem::field)
                .containsExactlyInAnyOrder("currency", "categories.ROBOT", "products.MEDIDO");
        assertThat(problems)
                .extracting(ProfileProblem::problem)
                .anySatisfy(s -> assertThat(s).contains("'USD' is not supported"))
                .anySatisfy(s -> assertThat(s).contains("not a technology category"))
                .anySatisfy(s -> assertThat(s).contains("listed twice"));
    }

    @Test
    void sourceIsRequiredWithVerified(@TempDir Path dir) throws IOException {
        // given a file without a source and one whose source does not say verified
        Path noSource =
                write(dir, VALID.replace("source: {title: test costs, verified: false}\n", ""));
        List<ProfileProblem> missing = problemsOf(noSource);
        Path noVerified =
                write(
                        dir,
                        VALID.replace(
                                "{title: test costs, verified: false}", "{title: test costs}"));
        List<ProfileProblem> unverified = problemsOf(noVerified);

        // when read, then the source and its verified flag are asked for
        assertThat(missing)
                .singleElement()
                .satisfies(
                        p -> {
                            assertThat(p.field()).isEqualTo("source");
                            assertThat(p.problem()).contains("verified: true|false");
                        });
        assertThat(unverified)
                .singleElement()
                .satisfies(p -> assertThat(p.field()).isEqualTo("source.verified"));
    }

    @Test
    void missingFileAndUnreadableYaml(@TempDir Path dir) throws IOException {
        // given no file, and a file with a duplicate key
        List<ProfileProblem> absent = problemsOf(dir.resolve("none.yaml"));
        Path dup = write(dir, VALID + "currency: EUR\n");
        List<ProfileProblem> duplicate = problemsOf(dup);

        // when read, then both say what is wrong in one line
        assertThat(absent)
                .singleElement()
                .satisfies(
                        p -> {
                            assertThat(p.field()).isEqualTo("(file)");
                            assertThat(p.problem()).contains("missing", "--costs");
                        });
        assertThat(duplicate)
                .singleElement()
                .satisfies(
                        p -> {
                            assertThat(p.field()).isEqualTo("(file)");
                            assertThat(p.problem())
                                    .startsWith(
                                            "not readable as YAML: found duplicate key currency (line")
                                    .doesNotContain("\n");
                        });
    }

    @Test
    void aMissingCostFileIsWordedInDutchByDefault(@TempDir Path dir) {
        // given no cost file
        Path none = dir.resolve("none.yaml");

        // when read, then check words the refusal in Dutch: what, where and what to do
        InvalidProfilesException e =
                org.assertj.core.api.Assertions.catchThrowableOfType(
                        InvalidProfilesException.class, () -> CostFileReader.read(none));
        assertThat(e.describe(nl.tztcheck.i18n.Language.NL))
                .contains(
                        none
                                + ", veld (bestand): ontbreekt; geef bij --costs het"
                                + " bestand met de kosten van de technologie op");
        assertThat(e.describe(nl.tztcheck.i18n.Language.EN))
                .contains(none + ", field (file): missing; pass --costs");
    }

    @Test
    void aFileWrittenBeforeTheBusinessCaseReadsAsBefore(@TempDir Path dir) throws IOException {
        // given a cost file with monthly amounts only, and the same amounts written as mappings
        // with the new fields
        CostTable old = CostFileReader.read(write(dir, VALID));
        Path extended =
                Files.writeString(
                        dir.resolve("extended.yaml"),
                        """
                source: {title: test costs, verified: false}
                currency: EUR
                staffCostPerHour: 50.00
                categories:
                  MEDICATION: {monthly: 150.00, oneOff: 120.00, monitoringMinutes: 20}
                  VIDEO: 25.00
                  OTHER: {monthly: 30.00}
                products: {Medido: {monthly: 200.00, oneOff: 150.00}}
                """,
                        StandardCharsets.UTF_8);
        CostTable now = CostFileReader.read(extended);

        // when read, then the monthly costs the check uses are the same, and only the new file has
        // the new figures
        assertThat(now.categories()).isEqualTo(old.categories());
        assertThat(now.products()).isEqualTo(old.products());
        assertThat(old.staffCostPerHour()).isEmpty();
        assertThat(old.extrasOf(Technology.MEDICATION, java.util.Optional.of("Medido")))
                .isEqualTo(ExtraCosts.NONE);
        assertThat(now.staffCostPerHour()).hasValue(Money.cents(5000));
        // and a product's missing monitoring minutes come from its category
        ExtraCosts medido = now.extrasOf(Technology.MEDICATION, java.util.Optional.of("MEDIDO"));
        assertThat(medido.oneOff()).hasValue(Money.cents(15000));
        assertThat(medido.monitoringMinutes()).hasValue(20);
        assertThat(now.extrasOf(Technology.MEDICATION, java.util.Optional.empty()).oneOff())
                .hasValue(Money.cents(12000));
        assertThat(now.extrasOf(Technology.VIDEO, java.util.Optional.empty()))
                .isEqualTo(ExtraCosts.NONE);
    }

    @Test
    void theShippedFileGivesEveryCategoryAndProductTheBusinessCaseFigures() {
        // given the shipped cost file, when read
        CostTable costs = CostFileReader.read(SHIPPED);

        // then the business case finds a one-off cost and monitoring minutes for each, and a staff
        // cost
        assertThat(costs.staffCostPerHour()).isPresent();
        for (Technology t : Technology.values()) {
            assertThat(costs.extrasOf(t, java.util.Optional.empty()).oneOff())
                    .as(t.name())
                    .isPresent();
            assertThat(costs.extrasOf(t, java.util.Optional.empty()).monitoringMinutes())
                    .as(t.name())
                    .isPresent();
        }
        for (String product : costs.products().keySet()) {
            assertThat(
                            costs.extrasOf(Technology.MEDICATION, java.util.Optional.of(product))
                                    .oneOff())
                    .as(product)
                    .isPresent();
        }
    }

    @Test
    void badBusinessCaseFiguresAreRefusedWithFieldAndFixInDutch(@TempDir Path dir)
            throws IOException {
        // given an entry without monthly, an unknown key, a negative one-off cost, monitoring
        // minutes that are no number
        // or more than a month has, and a staff cost that is no amount
        Path bad =
                write(
                        dir,
                        """
                source: {title: test costs, verified: false}
                staffCostPerHour: fifty
                categories:
                  MEDICATION: {oneOff: 150.00}
                  VIDEO: {monthly: 25.00, oneoff: 10.00}
                  OTHER: {monthly: 30.00, oneOff: -5.00, monitoringMinutes: 50000}
                products: {Medido: {monthly: 200.00, monitoringMinutes: twenty}}
                """);

        // when read
        InvalidProfilesException e =
                catchThrowableOfType(
                        InvalidProfilesException.class, () -> CostFileReader.read(bad));

        // then each problem names its field, and the Dutch text says what to do
        assertThat(e.problems())
                .extracting(ProfileProblem::field)
                .containsExactlyInAnyOrder(
                        "staffCostPerHour",
                        "categories.MEDICATION.monthly",
                        "categories.VIDEO.oneoff",
                        "categories.OTHER.oneOff",
                        "categories.OTHER.monitoringMinutes",
                        "products.Medido.monitoringMinutes");
        String dutch = e.describe(nl.tztcheck.i18n.Language.NL);
        assertThat(dutch)
                .contains(
                        "costs.yaml, veld categories.MEDICATION.monthly: ontbreekt: een kostenregel als mapping heeft monthly nodig",
                        "costs.yaml, veld categories.VIDEO.oneoff: onbekende sleutel; hier bekende sleutels zijn [monitoringMinutes, monthly, oneOff]",
                        "costs.yaml, veld categories.OTHER.monitoringMinutes: 50000 minuten per cliënt per maand is meer dan een maand heeft (44640)",
                        "costs.yaml, veld staffCostPerHour: verwacht een bedrag in euro zoals 67.94",
                        "costs.yaml, veld products.Medido.monitoringMinutes: verwacht een geheel aantal minuten");
        assertThat(e.describe(nl.tztcheck.i18n.Language.EN))
                .contains("costs.yaml, field categories.MEDICATION.monthly: missing");
    }
}
