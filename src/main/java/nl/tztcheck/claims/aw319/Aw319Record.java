package nl.tztcheck.claims.aw319;

/**
 * One physical record of an AW319 file, as read.
 *
 * @param number the physical line of the record in the file (the first record is 1)
 * @param text the record without its line end
 * @param terminator how the record ended; Vektis requires CR/LF after every record
 */
public record Aw319Record(long number, String text, Terminator terminator) {

    /** How a record ends in the file. */
    public enum Terminator {
        CRLF,
        LF_ONLY,
        CR_ONLY,
        NONE
    }

    /** The first two positions: "01", "02", "04", "98", "99" (or whatever stands there). */
    public String type() {
        return text.length() >= 2 ? text.substring(0, 2) : text;
    }

    /**
     * The field exactly as it stands (spaces kept); positions past the record's end read as spaces.
     */
    public String raw(Aw319Field field) {
        int from = field.start() - 1;
        int to = field.end();
        if (text.length() >= to) {
            return text.substring(from, to);
        }
        StringBuilder sb = new StringBuilder(field.length());
        if (from < text.length()) {
            sb.append(text, from, text.length());
        }
        while (sb.length() < field.length()) {
            sb.append(' ');
        }
        return sb.toString();
    }

    /** The field with surrounding spaces removed. */
    public String trimmed(Aw319Field field) {
        return raw(field).strip();
    }

    /** True when the field holds only spaces. */
    public boolean blank(Aw319Field field) {
        return raw(field).isBlank();
    }

    /** True when the field holds only digits (over its whole length). */
    public boolean digits(Aw319Field field) {
        String v = raw(field);
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return !v.isEmpty();
    }

    /** The numeric value of an all-digit field; call {@link #digits} first. */
    public long number(Aw319Field field) {
        return Long.parseLong(raw(field));
    }
}
