package nl.tztcheck.claims;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.tztcheck.i18n.StoredText;

/** Where each known column sits in the export; built once from the header row. */
public final class CsvHeader {

    private final Map<ClaimColumn, Integer> index;
    private final int width;
    private final List<String> ignored;

    private CsvHeader(Map<ClaimColumn, Integer> index, int width, List<String> ignored) {
        this.index = index;
        this.width = width;
        this.ignored = ignored;
    }

    /**
     * Maps the header cells to columns.
     *
     * @throws UnusableInputException when a required column is missing or a column appears twice
     */
    public static CsvHeader of(String file, String[] cells) {
        Map<ClaimColumn, Integer> index = new EnumMap<>(ClaimColumn.class);
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            String cell = stripBom(cells[i]);
            var column = ClaimColumn.forHeader(cell);
            if (column.isEmpty()) {
                if (!cell.isBlank()) {
                    ignored.add(cell.trim());
                }
                continue;
            }
            if (index.putIfAbsent(column.get(), i) != null) {
                throw new UnusableInputException(
                        file,
                        1,
                        column.get().header(),
                        StoredText.of("header.twice", "column", column.get().header()),
                        StoredText.of(
                                "header.twice.whatToDo",
                                "column",
                                column.get().header(),
                                "alias",
                                column.get().alias()));
            }
        }
        List<String> missing = new ArrayList<>();
        for (ClaimColumn c : ClaimColumn.values()) {
            if (c.required() && !index.containsKey(c)) {
                missing.add(c.alias() + " (" + c.header() + ")");
            }
        }
        if (!missing.isEmpty()) {
            throw new UnusableInputException(
                    file,
                    1,
                    String.join(", ", missing),
                    StoredText.of("header.missing", "columns", String.join(", ", missing)),
                    StoredText.of("header.missing.whatToDo", "found", String.join(", ", cells)));
        }
        return new CsvHeader(index, cells.length, List.copyOf(ignored));
    }

    private static String stripBom(String s) {
        return s.startsWith("\ufeff") ? s.substring(1) : s;
    }

    public boolean has(ClaimColumn column) {
        return index.containsKey(column);
    }

    public int indexOf(ClaimColumn column) {
        return index.getOrDefault(column, -1);
    }

    /** The trimmed cell, or "" when the column is absent or the row is short. */
    public String get(String[] row, ClaimColumn column) {
        Integer i = index.get(column);
        if (i == null || i >= row.length || row[i] == null) {
            return "";
        }
        return row[i].trim();
    }

    public int width() {
        return width;
    }

    /** Header cells that are not ours; they are read past, and the summary lists them. */
    public List<String> ignoredColumns() {
        return ignored;
    }
}
