package nl.tztcheck.claims;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Makes a rejected row's raw text safe to write to rejects.csv and findings.xlsx, keeping what a
 * person needs to find the line (line ids, dates, codes, amounts):
 *
 * <ol>
 *   <li>every physical line of the raw text (a row that swallowed the rows after an unclosed quote
 *       holds many) is split by the separator, and its client-number and BSN cells become {@value
 *       #MASK}. A line is split quote-aware (a quoted cell may hold the separator); when that does
 *       not give the header's number of cells but a plain split does (a stray quote), the plain
 *       split is used. A line with k cells too many or too few has its cells k places either side
 *       of those columns masked too, as they may have shifted;
 *   <li>a client number or BSN read from its own cell (on a line with the header's number of cells)
 *       is masked wherever else it occurs in the text as a whole word, when it has at least {@value
 *       #MIN_ELSEWHERE} characters (shorter ones identify no one and would hit minutes and codes);
 *   <li>any run of exactly nine digits that passes the BSN 11-test is masked wherever it stands.
 * </ol>
 *
 * The mask is a fixed text, never a hash: a hash of a nine-digit number is undone by trying them
 * all. Over 200 lines because the three steps share one pass over the lines and the cell splitting;
 * the work is linear in the text (times the few distinct lengths of the client numbers found), as
 * rejects of a quote never closed can hold 2 million characters.
 */
final class RawTextMasker {

    static final String MASK = "***";
    static final int MIN_ELSEWHERE = 4;

    /**
     * A longer "client number" is no client number (a swallowed row, garbage): only masked in
     * place.
     */
    private static final int MAX_ELSEWHERE = 64;

    private static final ClaimColumn[] SENSITIVE = {ClaimColumn.BSN, ClaimColumn.CLIENT_ID};

    private RawTextMasker() {}

    /**
     * A masked raw text, and what was masked in it, to mask in other texts about the row (its
     * reject reason).
     */
    record Masked(String text, Set<String> secrets) {

        /**
         * The text with the row's client numbers and BSNs, and any nine digits passing the 11-test,
         * masked.
         */
        String maskAlso(String other) {
            return elevenProofRuns(elsewhere(other, secrets));
        }
    }

    static Masked mask(RawRow row, CsvHeader header, char separator) {
        List<Integer> columns = new ArrayList<>();
        for (ClaimColumn c : SENSITIVE) {
            if (header.indexOf(c) >= 0) {
                columns.add(header.indexOf(c));
            }
        }
        Set<String> secrets = new HashSet<>();
        String[] cells = row.cells();
        if (count(cells, header.width()) == header.width()) {
            // the row as read, where a quoted cell may span lines: its own client number and BSN
            for (int at : columns) {
                if (at < cells.length) {
                    remember(cells[at], secrets);
                }
            }
        }
        String raw = row.rawText();
        StringBuilder out = new StringBuilder(raw.length());
        int start = 0;
        while (true) {
            int end = lineEnd(raw, start);
            out.append(
                    maskLine(
                            raw.substring(start, end),
                            header.width(),
                            columns,
                            separator,
                            secrets));
            if (end == raw.length()) {
                break;
            }
            out.append(raw.charAt(end));
            start = end + 1;
        }
        return new Masked(elevenProofRuns(elsewhere(out.toString(), secrets)), Set.copyOf(secrets));
    }

    /**
     * One physical line with its client-number and BSN cells masked in place; their values go to
     * secrets.
     */
    private static String maskLine(
            String line, int width, List<Integer> columns, char separator, Set<String> secrets) {
        List<int[]> spans = split(line, separator, true);
        if (count(line, spans, width) != width && line.indexOf('"') >= 0) {
            List<int[]> plain = split(line, separator, false);
            if (count(line, plain, width) == width) {
                spans = plain;
            }
        }
        int shift = Math.abs(count(line, spans, width) - width);
        boolean[] masked = new boolean[spans.size()];
        for (int at : columns) {
            if (shift == 0 && at < spans.size()) {
                remember(value(line, spans.get(at)), secrets);
            }
            for (int i = Math.max(0, at - shift);
                    i <= Math.min(spans.size() - 1, at + shift);
                    i++) {
                masked[i] = !isBlank(line, spans.get(i));
            }
        }
        StringBuilder out = new StringBuilder(line.length());
        int last = 0;
        for (int i = 0; i < spans.size(); i++) {
            if (masked[i]) {
                out.append(line, last, spans.get(i)[0]).append(MASK);
                last = spans.get(i)[1];
            }
        }
        return out.append(line, last, line.length()).toString();
    }

    /**
     * The cells of one line as [start, end) offsets. Quote-aware: a quote at the start of a cell
     * opens it, two quotes inside are one, and a quote never closed runs to the end of the line.
     */
    private static List<int[]> split(String line, char separator, boolean quoteAware) {
        List<int[]> spans = new ArrayList<>();
        int start = 0;
        int i = 0;
        boolean quoted = false;
        boolean atStart = true;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        i++;
                    } else {
                        quoted = false;
                    }
                }
            } else if (c == separator) {
                spans.add(new int[] {start, i});
                start = i + 1;
                atStart = true;
                i++;
                continue;
            } else if (c == '"' && atStart && quoteAware) {
                quoted = true;
            }
            atStart = false;
            i++;
        }
        spans.add(new int[] {start, line.length()});
        return spans;
    }

    /** A cell's text without its quotes. */
    private static String value(String line, int[] span) {
        String cell = line.substring(span[0], span[1]).strip();
        if (cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"")) {
            cell = cell.substring(1, cell.length() - 1).replace("\"\"", "\"");
        }
        return cell.strip();
    }

    private static void remember(String value, Set<String> secrets) {
        String v = value == null ? "" : value.strip();
        if (v.length() >= MIN_ELSEWHERE && v.length() <= MAX_ELSEWHERE && !v.equals(Bsn.NONE)) {
            secrets.add(v);
        }
    }

    /** Every whole-word occurrence of a remembered client number or BSN, wherever it stands. */
    private static String elsewhere(String text, Set<String> secrets) {
        if (secrets.isEmpty()) {
            return text;
        }
        TreeSet<Integer> lengths =
                new TreeSet<>(java.util.Comparator.reverseOrder()); // longest first
        Set<Character> firsts = new HashSet<>();
        for (String s : secrets) {
            lengths.add(s.length());
            firsts.add(s.charAt(0));
        }
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        while (i < text.length()) {
            int hit = 0;
            if (firsts.contains(text.charAt(i))
                    && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                for (int length : lengths) {
                    int end = i + length;
                    if (end <= text.length()
                            && (end == text.length()
                                    || !Character.isLetterOrDigit(text.charAt(end)))
                            && secrets.contains(text.substring(i, end))) {
                        hit = length;
                        break;
                    }
                }
            }
            if (hit == 0) {
                i++;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, i).append(MASK);
            i += hit;
            copied = i;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** Nine digits passing the 11-test are a BSN, whichever column they stand in. */
    private static String elevenProofRuns(String text) {
        return Bsn.replaceEach(text, bsn -> MASK);
    }

    private static boolean isBlank(String line, int[] span) {
        for (int i = span[0]; i < span[1]; i++) {
            if (!Character.isWhitespace(line.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int lineEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return text.length();
    }

    /**
     * Cells that count: empty cells beyond the header (a separator at the end of the row) shift
     * nothing.
     */
    private static int count(String[] cells, int width) {
        int n = cells.length;
        while (n > width && (cells[n - 1] == null || cells[n - 1].isBlank())) {
            n--;
        }
        return n;
    }

    private static int count(String line, List<int[]> spans, int width) {
        int n = spans.size();
        while (n > width && isBlank(line, spans.get(n - 1))) {
            n--;
        }
        return n;
    }
}
