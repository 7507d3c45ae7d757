package nl.tztcheck.comparison;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.tztcheck.profiles.InsurerProfile;
import nl.tztcheck.profiles.ProfileSet;
import nl.tztcheck.profiles.ProfileSettings;
import nl.tztcheck.profiles.ProfileVersion;
import nl.tztcheck.profiles.Source;

/**
 * The interpretation matrix: per dimension of the national rule, how each insurer valid on a date
 * interprets it, which cells deviate from the national rule, and on what source.
 *
 * @param withoutVersion names of insurers that have no version valid on the date (no column)
 */
public record InterpretationMatrix(LocalDate date, MatrixColumn national, List<MatrixColumn> insurers,
        List<String> withoutVersion) {

    /** @throws IllegalArgumentException when no national version is valid on the date */
    public static InterpretationMatrix of(ProfileSet profiles, LocalDate date) {
        ProfileVersion nv = profiles.nationalOn(date).orElseThrow(() -> new IllegalArgumentException(
                "no version of the national rule is valid on " + date + "; choose a date within national.yaml's versions"));
        ProfileSettings base = nv.settings();
        Map<MatrixRow, MatrixCell> nationalCells = new EnumMap<>(MatrixRow.class);
        for (MatrixRow row : MatrixRow.values()) {
            nationalCells.put(row, new MatrixCell(row.display(base), row.text(base), false, false,
                    nv.source().cite(row.dimensions()), verifiesAll(nv.source(), row.dimensions())));
        }
        MatrixColumn national = new MatrixColumn(profiles.national().id(), profiles.national().name(), nv.version(), nationalCells);
        List<MatrixColumn> columns = new ArrayList<>();
        List<String> without = new ArrayList<>();
        for (InsurerProfile insurer : profiles.insurers()) {
            Optional<ProfileVersion> iv = insurer.versionOn(date);
            if (iv.isEmpty()) {
                without.add(insurer.name());
                continue;
            }
            columns.add(column(insurer, iv.get(), nv, national));
        }
        return new InterpretationMatrix(date, national, List.copyOf(columns), List.copyOf(without));
    }

    static MatrixColumn column(InsurerProfile insurer, ProfileVersion iv, ProfileVersion nv, MatrixColumn national) {
        ProfileSettings effective = iv.settings().over(nv.settings());
        Map<MatrixRow, MatrixCell> cells = new EnumMap<>(MatrixRow.class);
        for (MatrixRow row : MatrixRow.values()) {
            cells.put(row, cell(row, iv, nv, effective, national.cell(row).canonical()));
        }
        return new MatrixColumn(insurer.id(), insurer.name(), iv.version(), cells);
    }

    static MatrixCell cell(MatrixRow row, ProfileVersion iv, ProfileVersion nv, ProfileSettings effective, String nationalValue) {
        List<String> set = row.dimensions().stream().filter(d -> iv.settings().sets(d)).toList();
        String canonical = row.text(effective);
        String value = row.display(effective);
        boolean deviates = !canonical.equals(nationalValue);
        if (set.isEmpty()) {
            return new MatrixCell(value, canonical, deviates, false, nv.source().cite(row.dimensions()),
                    verifiesAll(nv.source(), row.dimensions()));
        }
        return new MatrixCell(value, canonical, deviates, true, iv.source().cite(set), verifiesAll(iv.source(), set));
    }

    private static boolean verifiesAll(Source source, List<String> dimensions) {
        return dimensions.stream().allMatch(source::verifies);
    }

    /** Number of cells that deviate from the national rule. */
    public int deviations() {
        return insurers.stream().mapToInt(c -> c.deviatingRows().size()).sum();
    }
}
