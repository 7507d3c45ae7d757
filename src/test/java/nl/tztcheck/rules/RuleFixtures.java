package nl.tztcheck.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.tztcheck.findings.ClientPseudonymizer;
import nl.tztcheck.findings.Finding;
import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.profiles.CostFileReader;
import nl.tztcheck.profiles.CostTable;
import nl.tztcheck.profiles.ProfileSet;

/**
 * The test profile set and cost file of src/test/resources/rules (independent of the shipped
 * insurer-profiles/), and a way to run the whole in-memory check on a CSV written in a test.
 *
 * <p>Insurers (UZOVI): 1111 pooled (ceiling PV 70.00, from 2024), 2222 split (MEDICATION 150, VIDEO
 * 240, ceiling PV 70.00), 3333 not contracted, 4444 strict (approval, regular care, MEDICATION
 * only, BadBox excluded, ceiling PV 70.00), 5555 FIXED 60.00, 6666 lower of V 80.00 / PV 70.15 x
 * 90% = 63.14, 7777 V 80.00, 8888 higher of V 75.00 / PV 78.00 = 78.00. National: 390 minutes, V
 * 80.00, PV 70.00, ceiling higher of both (80.00), from 2023. 9999 has no profile. 1212 carried:
 * 2024 sourced, 2025 carries 2024 forward (TERMS_NOT_SOURCED_FOR_DATE), ceiling PV 70.00. Costs:
 * MEDICATION 150.00, VIDEO 25.00, OTHER 0.00, Medido 200.00, Pillbox 80.00.
 */
public final class RuleFixtures {

    public static final Path PROFILES = Path.of("src/test/resources/rules/profiles");
    public static final Path COSTS = Path.of("src/test/resources/rules/costs.yaml");
    public static final String HEADER =
            "line_id;client_id;bsn;insurer_uzovi;service_code;service_date;minutes;"
                    + "hourly_tariff;amount;technology;product;law;debit_credit;corrects_line_id;wlz_indication;approval_ref";

    private static ProfileSet profiles;
    private static CostTable costs;

    private RuleFixtures() {}

    public static synchronized ProfileSet profiles() {
        if (profiles == null) {
            profiles = ProfileSet.load(PROFILES);
        }
        return profiles;
    }

    public static synchronized CostTable costs() {
        if (costs == null) {
            costs = CostFileReader.read(COSTS);
        }
        return costs;
    }

    public static ClientPseudonymizer pseudonymizer() {
        return new ClientPseudonymizer(
                "test-key-of-at-least-16-bytes".getBytes(StandardCharsets.UTF_8));
    }

    public static InMemoryCheck check() {
        return new InMemoryCheck(profiles(), costs(), pseudonymizer());
    }

    public static InMemoryCheck check(InsuranceLookup insurance) {
        return new InMemoryCheck(profiles(), costs(), pseudonymizer(), insurance);
    }

    public static InMemoryCheck check(
            InsuranceLookup insurance, nl.tztcheck.i18n.Language language) {
        return new InMemoryCheck(profiles(), costs(), pseudonymizer(), insurance, language);
    }

    /**
     * What a case's insurance.csv says the verification service answered, per client and month
     * ({@code client_id;month;state;uzovi;from;to}); client-months not listed were not asked. No
     * file: none asked.
     */
    public static InsuranceLookup insurance(Path file) throws java.io.IOException {
        if (!Files.exists(file)) {
            return InsuranceLookup.NONE;
        }
        java.util.Map<String, Insurance> answers = new java.util.HashMap<>();
        for (String line :
                Files.readAllLines(file, StandardCharsets.UTF_8)
                        .subList(1, Files.readAllLines(file).size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] c = (line + ";;;;;").split(";", -1);
            answers.put(
                    c[0] + "|" + c[1],
                    new Insurance(
                            Insurance.State.valueOf(c[2]),
                            c[3].isEmpty() ? null : c[3],
                            c[4].isEmpty() ? null : java.time.LocalDate.parse(c[4]),
                            c[5].isEmpty() ? null : java.time.LocalDate.parse(c[5])));
        }
        return (client, uzovi, month) ->
                answers.getOrDefault(client + "|" + month, Insurance.NOT_ASKED);
    }

    public static GroupChecker groupChecker() {
        return new GroupChecker(profiles(), costs(), pseudonymizer());
    }

    /** Writes {@link #HEADER} plus the rows to claims.csv in {@code dir} and checks it. */
    public static CheckOutcome run(Path dir, String... rows) {
        return runFile(dir, HEADER + "\n" + String.join("\n", rows) + "\n");
    }

    /** Checks a CSV given whole (header included). */
    public static CheckOutcome runFile(Path dir, String csv) {
        try {
            Path file = Files.writeString(dir.resolve("claims.csv"), csv, StandardCharsets.UTF_8);
            return check().run(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Finding> findingsOf(CheckOutcome outcome, FindingCode code) {
        return outcome.findings().stream().filter(f -> f.code() == code).toList();
    }

    public static LineResult line(CheckOutcome outcome, String lineId) {
        return outcome.lines().stream()
                .filter(l -> l.line().lineId().equals(lineId))
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError("no line " + lineId + " in " + outcome.lines()));
    }
}
