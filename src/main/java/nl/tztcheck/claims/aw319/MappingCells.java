package nl.tztcheck.claims.aw319;

import java.util.Locale;

/** The header and cell reading the client mapping files share (--technology-map, --wlz-map). */
final class MappingCells {

    private MappingCells() {
    }

    /** The index of the column named {@code name} or {@code alias} (any case), or -1. */
    static int column(String[] header, String name, String alias) {
        for (int i = 0; i < header.length; i++) {
            String h = header[i].strip().toLowerCase(Locale.ROOT);
            if (h.equals(name) || h.equals(alias)) {
                return i;
            }
        }
        return -1;
    }

    /** The stripped cell, or "" where the row is shorter or the column absent. */
    static String cell(String[] cells, int index) {
        return index < 0 || index >= cells.length || cells[index] == null ? "" : cells[index].strip();
    }
}
