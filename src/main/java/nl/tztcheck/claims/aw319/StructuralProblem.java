package nl.tztcheck.claims.aw319;

import nl.tztcheck.i18n.Language;
import nl.tztcheck.i18n.Messages;
import nl.tztcheck.i18n.StoredText;

/**
 * One way in which an AW319 file breaks the format, as VECOZO's technical check would find it.
 *
 * @param recordNo the physical record (line) in the file, 1 for the header; 0 for the file as a
 *     whole
 * @param position the first position of the field at fault (1 to 310), 1 for the record as a whole
 * @param field the element number, e.g. "0429"; "" when the problem is the record itself
 * @param retourcode the Vektis retourcode (code list COD954) a receiver would use; "" when none
 *     fits
 * @param message what is wrong and what to do, as a {@link StoredText} of {@code
 *     i18n/validation_<nl|en>.properties}
 */
public record StructuralProblem(
        long recordNo, int position, String field, String retourcode, String message) {

    static final String BUNDLE = "validation";

    /** What is wrong and what to do, in English. */
    @Override
    public String message() {
        return message(Language.EN);
    }

    public String message(Language language) {
        return StoredText.render(message, BUNDLE, language);
    }

    /** "record 7, position 186, field 0429, retourcode 8033: ..." in English. */
    public String describe() {
        return describe(Language.EN);
    }

    /** "record 7, positie 186, veld 0429, retourcode 8033: ..." in {@code language}. */
    public String describe(Language language) {
        Messages texts = Messages.of(BUNDLE, language);
        StringBuilder sb = new StringBuilder();
        sb.append(
                recordNo > 0
                        ? texts.get("aw319.where.record", "record", recordNo)
                        : texts.get("aw319.where.file"));
        if (recordNo > 0) {
            sb.append(", ").append(texts.get("aw319.where.position", "position", position));
        }
        if (!field.isEmpty()) {
            sb.append(", ").append(texts.get("where.field", "field", field));
        }
        if (!retourcode.isEmpty()) {
            sb.append(", retourcode ").append(retourcode);
        }
        return sb.append(": ").append(message(language)).toString();
    }
}
