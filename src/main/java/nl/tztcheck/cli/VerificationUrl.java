package nl.tztcheck.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import nl.tztcheck.i18n.Messages;

/**
 * {@code --verification-url} (or {@code TZT_VERIFICATION_URL}) checked before Spring starts: {@code
 * https://host[:port][/path]}, as the verification client demands
 * (nl.tztcheck.verification.HttpVerifierSettings), said in one sentence. The URL is repeated
 * without user name, password, query or fragment: those may hold secrets and end up in a log.
 */
final class VerificationUrl {

    /** The verification client's tests-only switch: plain http to the loopback address. */
    static final String ALLOW_PLAIN_HTTP_FOR_TESTS = "tzt.verification.allow-plain-http-for-tests";

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private VerificationUrl() {}

    /** Nothing when absent or blank (verification off); a {@link UserMistake} when unusable. */
    static void check(String url, Messages texts) {
        if (url == null || url.isBlank()) {
            return;
        }
        String problem = problem(url.trim());
        if (problem != null) {
            throw new UserMistake(texts.get(problem, "url", redacted(url.trim())));
        }
    }

    /** The key of the text for what is wrong, or null. */
    private static String problem(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return "check.verificationUrl.malformed";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && plainHttpAllowed(uri))) {
            return "check.verificationUrl.notHttps";
        }
        if (uri.getRawUserInfo() != null
                || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            return "check.verificationUrl.extras";
        }
        if (uri.getHost() == null) {
            return "check.verificationUrl.noHost";
        }
        return null;
    }

    private static boolean plainHttpAllowed(URI uri) {
        return Boolean.getBoolean(ALLOW_PLAIN_HTTP_FOR_TESTS)
                && uri.getHost() != null
                && LOOPBACK.contains(uri.getHost().toLowerCase(Locale.ROOT));
    }

    /**
     * The URL as it may be shown: user info replaced by {@code ***}, query and fragment cut off.
     */
    static String redacted(String url) {
        String shown = url;
        int scheme = shown.indexOf("://");
        int authorityStart = scheme < 0 ? 0 : scheme + 3;
        int authorityEnd = authorityStart;
        while (authorityEnd < shown.length() && "/?#".indexOf(shown.charAt(authorityEnd)) < 0) {
            authorityEnd++;
        }
        int at = shown.lastIndexOf('@', authorityEnd - 1);
        if (at >= authorityStart) {
            shown = shown.substring(0, authorityStart) + "***" + shown.substring(at);
        }
        int cut = indexOfAny(shown, "?#");
        return cut < 0 ? shown : shown.substring(0, cut) + "...";
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
