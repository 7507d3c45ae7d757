package nl.tztcheck.comparison;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.tztcheck.profiles.Trust;

/**
 * One insurer (or the national rule) in the matrix: its version on the date and a cell per row.
 *
 * @param trust how far the version's conditions can be trusted (insurer over national for an
 *     insurer)
 * @param contracted the insurer agreed 1062 at all on the date (the national rule: always)
 */
public record MatrixColumn(
        String id,
        String name,
        String version,
        Map<MatrixRow, MatrixCell> cells,
        Trust trust,
        boolean contracted) {

    public MatrixColumn {
        cells = Map.copyOf(cells);
    }

    public MatrixCell cell(MatrixRow row) {
        // InterpretationMatrix builds every column with a cell for every row
        return Objects.requireNonNull(cells.get(row));
    }

    public List<MatrixRow> deviatingRows() {
        return java.util.Arrays.stream(MatrixRow.values()).filter(r -> cell(r).deviates()).toList();
    }
}
