package nl.tztcheck.comparison;

import java.util.Map;
import java.util.TreeMap;
import nl.tztcheck.profiles.Trust;

/**
 * One pair of profile versions that judged an insurer's lines in a provider's run: the insurer's
 * version, the national version under it, how far the pair can be trusted (the worse of both, as
 * {@code ProfileSet.trustOn}) and, per profile key, the trust of the version that decides it.
 */
public record ProfileUse(
        String version, String nationalVersion, Trust trust, Map<String, Trust> dimensions) {

    public ProfileUse {
        dimensions = java.util.Collections.unmodifiableMap(new TreeMap<>(dimensions));
    }
}
