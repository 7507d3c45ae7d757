package nl.tztcheck.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.tztcheck.comparison.InterpretationMatrix;
import nl.tztcheck.comparison.MatrixColumn;
import nl.tztcheck.comparison.MatrixRow;
import nl.tztcheck.profiles.ProfileSet;

/**
 * What a profile update changes in effect on a date: per insurer (and the national rule), the rows
 * of the interpretation matrix whose value differs between two profile directories. Empty when
 * either set cannot be read or has no national version on the date.
 */
final class ProfileSetChanges {

    private ProfileSetChanges() {}

    static List<String> lines(Path before, Path after, LocalDate date) {
        Map<String, MatrixColumn> old;
        Map<String, MatrixColumn> now;
        try {
            old = columns(InterpretationMatrix.of(ProfileSet.load(before), date));
            now = columns(InterpretationMatrix.of(ProfileSet.load(after), date));
        } catch (RuntimeException e) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        now.forEach(
                (id, col) -> {
                    MatrixColumn was = old.get(id);
                    if (was == null) {
                        lines.add(col.name() + ": new (version " + col.version() + ")");
                        return;
                    }
                    for (MatrixRow row : MatrixRow.values()) {
                        if (!was.cell(row).canonical().equals(col.cell(row).canonical())) {
                            lines.add(
                                    col.name()
                                            + ": "
                                            + row.label()
                                            + ": "
                                            + was.cell(row).value()
                                            + " -> "
                                            + col.cell(row).value());
                        }
                    }
                });
        old.keySet().stream()
                .filter(id -> !now.containsKey(id))
                .forEach(
                        id ->
                                lines.add(
                                        old.get(id).name()
                                                + ": no longer in the set (or no version on "
                                                + date
                                                + ")"));
        return lines;
    }

    private static Map<String, MatrixColumn> columns(InterpretationMatrix m) {
        Map<String, MatrixColumn> map = new LinkedHashMap<>();
        map.put("(national)", m.national());
        m.insurers().forEach(c -> map.put(c.id(), c));
        return map;
    }
}
