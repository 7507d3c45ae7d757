package nl.tztcheck.claims;

import java.io.IOException;
import java.nio.file.Path;
import nl.tztcheck.claims.aw319.Aw319File;
import nl.tztcheck.claims.aw319.Aw319Format;
import nl.tztcheck.claims.aw319.TechnologyMapping;
import nl.tztcheck.claims.aw319.WlzMapping;

/**
 * Opens an export in the format its content shows: a Vektis AW319 file (header 01, message 428),
 * else CSV.
 */
public final class ClaimSources {

    private ClaimSources() {}

    public static ClaimSource open(Path path, LineClassifier classifier) throws IOException {
        return open(path, classifier, TechnologyMapping.NONE);
    }

    /**
     * @param mapping client -> technology, used for AW319 lines without a TZT comment record
     */
    public static ClaimSource open(Path path, LineClassifier classifier, TechnologyMapping mapping)
            throws IOException {
        return open(path, classifier, mapping, ServiceDateWindow.today());
    }

    /**
     * @param dates the service dates accepted (from the run date; see {@link ServiceDateWindow})
     */
    public static ClaimSource open(
            Path path,
            LineClassifier classifier,
            TechnologyMapping mapping,
            ServiceDateWindow dates)
            throws IOException {
        return open(path, classifier, mapping, WlzMapping.NONE, dates);
    }

    /**
     * @param wlz clients' Wlz indications, for AW319 (a CSV export carries them in its
     *     wlz_indication column)
     */
    public static ClaimSource open(
            Path path,
            LineClassifier classifier,
            TechnologyMapping mapping,
            WlzMapping wlz,
            ServiceDateWindow dates)
            throws IOException {
        if (Aw319Format.isAw319(path)) {
            return Aw319File.open(path, classifier, mapping, wlz, dates);
        }
        return CsvClaimSource.open(path, InputInspection.of(path), classifier, dates);
    }
}
