package nl.tztcheck.claims;

/**
 * The separator of an export, detected from its header row: the most frequent of ';', ',' and TAB.
 */
public final class CsvDialect {

    private CsvDialect() {}

    public static char detectSeparator(String headerLine) {
        int semicolons = count(headerLine, ';');
        int commas = count(headerLine, ',');
        int tabs = count(headerLine, '\t');
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return commas > semicolons ? ',' : ';';
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
