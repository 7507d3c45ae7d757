package nl.tztcheck.claims;

import java.util.regex.Pattern;

/**
 * Makes a rejected row's raw text safe to write: the BSN and client-number cells are replaced (in a
 * row with k cells too many or too few, also the k cells either side, where they may have shifted),
 * and any run of 8 to 10 digits elsewhere (a BSN in the wrong column) is masked too.
 */
final class RawTextMasker {

    private static final Pattern BSN_LIKE = Pattern.compile("(?<!\\d)\\d{8,10}(?!\\d)");
    static final String MASK = "***";

    private RawTextMasker() {
    }

    static String mask(RawRow row, CsvHeader header, char separator) {
        String[] cells = row.cells().clone();
        // a row with k cells too many or too few may have its columns shifted by up to k places, so the
        // client number can sit up to k cells either side of its column: mask that whole stretch
        int shift = Math.abs(withoutTrailingBlanks(cells, header.width()) - header.width());
        for (ClaimColumn sensitive : new ClaimColumn[] {ClaimColumn.BSN, ClaimColumn.CLIENT_ID}) {
            int at = header.indexOf(sensitive);
            if (at < 0) {
                continue;
            }
            for (int i = Math.max(0, at - shift); i <= Math.min(cells.length - 1, at + shift); i++) {
                if (cells[i] != null && !cells[i].isBlank()) {
                    cells[i] = MASK;
                }
            }
        }
        String joined = String.join(String.valueOf(separator), cells);
        return BSN_LIKE.matcher(joined).replaceAll(MASK);
    }

    /** Empty cells beyond the header (a separator at the end of the row) shift nothing. */
    private static int withoutTrailingBlanks(String[] cells, int width) {
        int n = cells.length;
        while (n > width && (cells[n - 1] == null || cells[n - 1].isBlank())) {
            n--;
        }
        return n;
    }
}
