package nl.tztcheck.claims;

import java.time.LocalDate;

/** Tells which prestatiecodes count as technology or regular care; the insurer profiles know. */
@FunctionalInterface
public interface LineClassifier {
    LineKind kindOf(String serviceCode, String uzovi, LocalDate serviceDate);
}
