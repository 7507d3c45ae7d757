package nl.tztcheck.businesscase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import nl.tztcheck.claims.Technology;
import nl.tztcheck.i18n.Language;
import nl.tztcheck.money.Money;
import nl.tztcheck.profiles.CostFileReader;
import nl.tztcheck.profiles.CostTable;
import nl.tztcheck.profiles.InvalidProfilesException;
import nl.tztcheck.profiles.ProfileProblem;
import nl.tztcheck.profiles.Trust;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BusinessCaseCostsTests {

    @TempDir Path dir;

    @Test
    void aProductTakesItsOwnFiguresAndItsCategorysForWhatItLacks() throws IOException {
        // given Compaan with a monthly cost only, under a VIDEO category with a one-off cost and
        // monitoring minutes
        CostTable table =
                CostFileReader.read(
                        BusinessCaseFixtures.costs(
                                dir,
                                """
                source: {title: t, verified: true}
                staffCostPerHour: 40.00
                categories: {MEDICATION: 150.00, VIDEO: {monthly: 25.00, oneOff: 60.00, monitoringMinutes: 12}, OTHER: 30.00}
                products: {Compaan: 35.00}
                """));

        // when the business case takes Compaan's costs
        BusinessCaseCosts c =
                BusinessCaseCosts.from(
                        table, "costs.yaml", Technology.VIDEO, Optional.of("Compaan"));

        // then the device cost is Compaan's, the rest the category's, and a verified source gives
        // verified costs
        assertThat(c)
                .isEqualTo(
                        new BusinessCaseCosts(
                                Money.cents(6000),
                                Money.cents(3500),
                                12,
                                Money.cents(4000),
                                Trust.VERIFIED));
    }

    @Test
    void aCostFileWithoutTheBusinessCaseFiguresIsRefusedNamingEachInDutch() throws IOException {
        // given a cost file written before the business case (monthly costs only)
        CostTable table =
                CostFileReader.read(
                        BusinessCaseFixtures.costs(
                                dir,
                                """
                source: {title: t, verified: false}
                categories: {MEDICATION: 150.00, VIDEO: 25.00, OTHER: 30.00}
                products: {Medido: 200.00}
                """));

        // when the business case of Medido asks for its costs
        InvalidProfilesException e =
                catchThrowableOfType(
                        InvalidProfilesException.class,
                        () ->
                                BusinessCaseCosts.from(
                                        table,
                                        "costs.yaml",
                                        Technology.MEDICATION,
                                        Optional.of("Medido")));

        // then the one-off cost, the monitoring minutes and the staff cost are asked for, where and
        // how
        assertThat(e.problems())
                .extracting(ProfileProblem::field)
                .containsExactly(
                        "products.Medido.oneOff",
                        "products.Medido.monitoringMinutes",
                        "staffCostPerHour");
        assertThat(e.describe(Language.NL))
                .contains(
                        "costs.yaml, veld products.Medido.oneOff: ontbreekt; de business case heeft"
                                + " de eenmalige kosten per cliënt nodig: vul oneOff in bij het product of de categorie",
                        "costs.yaml, veld staffCostPerHour:"
                                + " ontbreekt; de business case heeft de kosten van een uur personeel nodig: vul staffCostPerHour in bovenaan het bestand");
    }
}
