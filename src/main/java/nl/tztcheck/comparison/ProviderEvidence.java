package nl.tztcheck.comparison;

import java.util.List;
import nl.tztcheck.profiles.Trust;
import org.jspecify.annotations.Nullable;

/**
 * evidence.json of one check: aggregates per insurer, nothing that identifies a client.
 *
 * @param provider the provider's name when it opted in to be named, else null (anonymous)
 * @param firstMonth first month of care in the export (YYYY-MM), "" when there were no technology
 *     lines
 * @param profileFingerprint the fingerprint of the profile set the check used ({@code
 *     ProfileSet.fingerprint()})
 * @param trust the worst trust of the profile versions used, over every insurer
 */
public record ProviderEvidence(
        @Nullable String provider,
        String firstMonth,
        String lastMonth,
        int minimumClients,
        String profileFingerprint,
        Trust trust,
        List<InsurerEvidence> insurers) {

    /**
     * Version 2: complementary suppression, provenance, at risk by cause; version 1 files could be
     * reversed.
     */
    public static final String FORMAT = "tzt-check-evidence/2";

    static final String FORMAT_FAMILY = "tzt-check-evidence/";

    public ProviderEvidence {
        insurers = List.copyOf(insurers);
    }
}
