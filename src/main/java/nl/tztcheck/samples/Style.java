package nl.tztcheck.samples;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** How a generated export is written: as Dutch Excel saves a CSV, or as a plain machine export. */
public enum Style {
    /**
     * Dutch Excel: {@code ;}, decimal commas, {@code 05-03-2024}, Dutch headers and words,
     * Windows-1252, CR LF.
     */
    EXCEL(';', Charset.forName("windows-1252"), "\r\n"),
    /** Plain: {@code ,}, decimal points, ISO dates, English headers and words, UTF-8, LF. */
    PLAIN(',', StandardCharsets.UTF_8, "\n");

    private final char separator;
    private final Charset charset;
    private final String lineEnd;

    Style(char separator, Charset charset, String lineEnd) {
        this.separator = separator;
        this.charset = charset;
        this.lineEnd = lineEnd;
    }

    public char separator() {
        return separator;
    }

    public Charset charset() {
        return charset;
    }

    public String lineEnd() {
        return lineEnd;
    }
}
