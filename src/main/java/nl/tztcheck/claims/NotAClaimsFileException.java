package nl.tztcheck.claims;

import nl.tztcheck.i18n.Language;
import nl.tztcheck.i18n.Messages;

/**
 * The file given as the export is no text at all (a workbook, a PDF, an archive): it is named for
 * what it is, never echoed. Texts in {@code i18n/inputfiles_<nl|en>.properties}; {@link
 * #describe()} is Dutch, the tool's default.
 */
public class NotAClaimsFileException extends UnusableInputException {

    private static final long serialVersionUID = 1L;

    private final FileKind kind;

    public NotAClaimsFileException(String file, FileKind kind) {
        super(
                file,
                0,
                "",
                Messages.of("inputfiles", Language.NL)
                        .get(
                                "notClaims.problem",
                                "kind",
                                Messages.of("inputfiles", Language.NL).get("kind." + kind.name())),
                Messages.of("inputfiles", Language.NL).get("notClaims.whatToDo"));
        this.kind = kind;
    }

    public FileKind kind() {
        return kind;
    }

    @Override
    public String describe() {
        return describe(Language.NL);
    }

    /** One sentence: the file, what it is, what to give instead. */
    public String describe(Language language) {
        Messages texts = Messages.of("inputfiles", language);
        return texts.get(
                "notClaims.sentence", "file", file(), "kind", texts.get("kind." + kind.name()));
    }
}
