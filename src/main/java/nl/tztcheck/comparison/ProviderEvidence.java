package nl.tztcheck.comparison;

import java.util.List;

/**
 * evidence.json of one check: aggregates per insurer, nothing that identifies a client.
 *
 * @param provider the provider's name when it opted in to be named, else null (anonymous)
 * @param firstMonth first month of care in the export (YYYY-MM), "" when there were no technology lines
 */
public record ProviderEvidence(String provider, String firstMonth, String lastMonth, int minimumClients,
        List<InsurerEvidence> insurers) {

    public static final String FORMAT = "tzt-check-evidence/1";

    public ProviderEvidence {
        insurers = List.copyOf(insurers);
    }
}
