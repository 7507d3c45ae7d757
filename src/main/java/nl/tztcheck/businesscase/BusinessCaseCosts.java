package nl.tztcheck.businesscase;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.tztcheck.claims.Technology;
import nl.tztcheck.i18n.StoredText;
import nl.tztcheck.money.Money;
import nl.tztcheck.profiles.CostTable;
import nl.tztcheck.profiles.ExtraCosts;
import nl.tztcheck.profiles.InvalidProfilesException;
import nl.tztcheck.profiles.ProfileProblem;
import nl.tztcheck.profiles.Trust;

/**
 * The provider's costs of one technology (or product) per client, as the business case uses them.
 *
 * @param oneOff paid once per client, at the start
 * @param device the monthly cost (the same figure the check's cost gap uses)
 * @param monitoringMinutes staff minutes per client per month spent monitoring
 * @param staffPerHour what an hour of the provider's staff costs
 * @param trust verified when the cost file's source is, else illustrative
 */
public record BusinessCaseCosts(
        Money oneOff, Money device, int monitoringMinutes, Money staffPerHour, Trust trust) {

    /**
     * The costs of {@code product} (or of the category when empty) from the cost file.
     *
     * @param file the cost file's name, for the message when a figure is missing
     * @throws InvalidProfilesException naming each figure the business case needs and the file
     *     lacks
     */
    public static BusinessCaseCosts from(
            CostTable table, String file, Technology technology, Optional<String> product) {
        ExtraCosts extras = table.extrasOf(technology, product);
        // a product the file lists is where its figures go; any other takes its category's
        String field =
                product.filter(p -> table.products().containsKey(CostTable.normalise(p)))
                        .map(p -> "products." + p)
                        .orElse("categories." + technology.name());
        List<ProfileProblem> problems = new ArrayList<>();
        if (extras.oneOff().isEmpty()) {
            problems.add(missing(file, field + ".oneOff", "costs.what.oneOff"));
        }
        if (extras.monitoringMinutes().isEmpty()) {
            problems.add(
                    missing(file, field + ".monitoringMinutes", "costs.what.monitoringMinutes"));
        }
        if (table.staffCostPerHour().isEmpty()) {
            problems.add(missing(file, "staffCostPerHour", "costs.what.staffCostPerHour"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidProfilesException(problems);
        }
        return new BusinessCaseCosts(
                extras.oneOff().get(),
                table.costOf(technology, product.orElse(null)),
                extras.monitoringMinutes().getAsInt(),
                table.staffCostPerHour().get(),
                table.source().verified() ? Trust.VERIFIED : Trust.ILLUSTRATIVE);
    }

    private static ProfileProblem missing(String file, String field, String whatKey) {
        return new ProfileProblem(
                file,
                field,
                StoredText.of(
                        "costs.businessCaseMissing", "what" + StoredText.KEY_SUFFIX, whatKey));
    }
}
