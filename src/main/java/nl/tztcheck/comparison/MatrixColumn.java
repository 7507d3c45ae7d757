package nl.tztcheck.comparison;

import java.util.List;
import java.util.Map;

/** One insurer (or the national rule) in the matrix: its version on the date and a cell per row. */
public record MatrixColumn(String id, String name, String version, Map<MatrixRow, MatrixCell> cells) {

    public MatrixColumn {
        cells = Map.copyOf(cells);
    }

    public MatrixCell cell(MatrixRow row) {
        return cells.get(row);
    }

    public List<MatrixRow> deviatingRows() {
        return java.util.Arrays.stream(MatrixRow.values()).filter(r -> cells.get(r).deviates()).toList();
    }
}
