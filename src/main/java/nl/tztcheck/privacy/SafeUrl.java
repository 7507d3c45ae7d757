package nl.tztcheck.privacy;

import java.util.regex.Pattern;

/**
 * A URL as it may appear in a log line, on the terminal, in a file or in an exception message:
 * without the user name and password ({@code https://user:pw@host/} becomes {@code
 * https://***@host/}) and without the value of a query or JDBC parameter that holds a secret
 * ({@code ?password=pw}, {@code ;PASSWORD=pw}, {@code &token=...} become {@code =***}). Works on
 * text that is no valid URL too, because a URL that was refused is exactly the one an error message
 * shows. Every place that shows a verification URL, a profile bundle URL or a JDBC URL goes through
 * {@link #forLog(Object)}.
 */
public final class SafeUrl {

    static final String MASK = "***";

    /**
     * From {@code //} to the last {@code @} before the path, query or fragment: the user info,
     * password included.
     */
    private static final Pattern USER_INFO = Pattern.compile("//[^/?#]*@");

    /** A query (or JDBC/matrix) parameter whose value is a secret, whatever its case. */
    private static final Pattern SECRET_PARAMETER =
            Pattern.compile(
                    "(?i)([?&;](?:password|passwd|pwd|pass|secret|"
                            + "client_secret|token|access_token|refresh_token|id_token|api[_-]?key|key|sig|signature|auth|authorization|"
                            + "credentials?|sslpassword)=)[^&;#]*");

    private SafeUrl() {}

    /** The URL without user info and secret parameters; "" for null. */
    public static String forLog(Object url) {
        if (url == null) {
            return "";
        }
        String text = url.toString();
        if (text.indexOf('@') < 0 && text.indexOf('=') < 0) {
            return text; // nothing that could hold a secret
        }
        String withoutUser = USER_INFO.matcher(text).replaceAll("//" + MASK + "@");
        return SECRET_PARAMETER.matcher(withoutUser).replaceAll("$1" + MASK);
    }
}
