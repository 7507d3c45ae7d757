package nl.tztcheck.comparison;

import java.util.List;
import nl.tztcheck.profiles.Trust;

/**
 * The evidence of many providers added up per insurer.
 *
 * @param namedProviders the names of providers that opted in, sorted; the others stay anonymous
 * @param profileSets which providers used which profile set
 * @param trust the worst trust over every provider's profile versions: what a national figure may
 *     claim
 */
public record NationalEvidence(
        int providers,
        List<String> namedProviders,
        String firstMonth,
        String lastMonth,
        List<InsurerAggregate> insurers,
        List<ProfileSetUse> profileSets,
        Trust trust) {

    /** One profile set (by fingerprint) and the providers whose checks used it. */
    public record ProfileSetUse(
            String fingerprint, Trust trust, List<String> namedProviders, int anonymousProviders) {

        public ProfileSetUse {
            namedProviders = List.copyOf(namedProviders);
        }
    }

    public NationalEvidence {
        namedProviders = List.copyOf(namedProviders);
        insurers = List.copyOf(insurers);
        profileSets = List.copyOf(profileSets);
    }

    public int anonymousProviders() {
        return providers - namedProviders.size();
    }
}
