package nl.tztcheck.comparison.output;

import java.util.ArrayList;
import java.util.List;

/** A titled table, rendered alike as HTML, CSV and Markdown. */
public record Table(String title, List<String> header, List<List<Cell>> rows, List<String> notes) {

    public Table {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        notes = List.copyOf(notes);
    }

    /** Collects rows for a table. */
    public static final class Builder {
        private final String title;
        private final List<String> header;
        private final List<List<Cell>> rows = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();

        public Builder(String title, String... header) {
            this.title = title;
            this.header = List.of(header);
        }

        public Builder row(Cell... cells) {
            return row(List.of(cells));
        }

        public Builder row(List<Cell> cells) {
            if (cells.size() != header.size()) {
                throw new IllegalArgumentException(
                        "a row of " + cells.size() + " cells under " + header.size() + " headings");
            }
            rows.add(cells);
            return this;
        }

        public Builder note(String note) {
            notes.add(note);
            return this;
        }

        public Table build() {
            return new Table(title, header, rows, notes);
        }
    }
}
