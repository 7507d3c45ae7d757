package nl.tztcheck.comparison;

import java.util.List;
import java.util.Map;

import nl.tztcheck.profiles.Trust;
import org.jspecify.annotations.Nullable;

/**
 * One insurer (or the national rule) in the matrix: its version on the date and a cell per row.
 *
 * @param trust      how far the version's conditions can be trusted (insurer over national for an insurer)
 * @param contracted the insurer agreed 1062 at all on the date (the national rule: always)
 */
public record MatrixColumn(String id, String name, String version, Map<MatrixRow, MatrixCell> cells, Trust trust, boolean contracted) {

    public MatrixColumn {
        cells = Map.copyOf(cells);
    }

    public @Nullable MatrixCell cell(MatrixRow row) {
        return cells.get(row);
    }

    public List<MatrixRow> deviatingRows() {
        return java.util.Arrays.stream(MatrixRow.values()).filter(r -> cells.get(r).deviates()).toList();
    }
}
