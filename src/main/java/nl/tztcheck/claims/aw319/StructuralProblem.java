package nl.tztcheck.claims.aw319;

/**
 * One way in which an AW319 file breaks the format, as VECOZO's technical check would find it.
 *
 * @param recordNo   the physical record (line) in the file, 1 for the header; 0 for the file as a whole
 * @param position   the first position of the field at fault (1 to 310), 1 for the record as a whole
 * @param field      the element number, e.g. "0429"; "" when the problem is the record itself
 * @param retourcode the Vektis retourcode (code list COD954) a receiver would use; "" when none fits
 * @param message    what is wrong and what to do
 */
public record StructuralProblem(long recordNo, int position, String field, String retourcode, String message) {

    /** "record 7, position 186, field 0429, retourcode 8033: ..." */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append(recordNo > 0 ? "record " + recordNo : "file");
        if (recordNo > 0) {
            sb.append(", position ").append(position);
        }
        if (!field.isEmpty()) {
            sb.append(", field ").append(field);
        }
        if (!retourcode.isEmpty()) {
            sb.append(", retourcode ").append(retourcode);
        }
        return sb.append(": ").append(message).toString();
    }
}
