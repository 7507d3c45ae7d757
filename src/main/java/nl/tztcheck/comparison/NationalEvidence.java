package nl.tztcheck.comparison;

import java.util.List;

/**
 * The evidence of many providers added up per insurer.
 *
 * @param namedProviders the names of providers that opted in, sorted; the others stay anonymous
 */
public record NationalEvidence(int providers, List<String> namedProviders, String firstMonth, String lastMonth,
        List<InsurerAggregate> insurers) {

    public NationalEvidence {
        namedProviders = List.copyOf(namedProviders);
        insurers = List.copyOf(insurers);
    }

    public int anonymousProviders() {
        return providers - namedProviders.size();
    }
}
