package nl.tztcheck.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SafeUrlTests {

    @ParameterizedTest(name = "{0} is logged as {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // user info, with and without a password, also when the password holds an @ or a
                // colon
                "https://user:pw@host.example/path                  | https://***@host.example/path",
                "https://user@host.example                          | https://***@host.example",
                "https://user:p@ss:w0rd@host.example:8443/v1?x=1   | https://***@host.example:8443/v1?x=1",
                "https://user:pw@host.example?password=pw           | https://***@host.example?password=***",
                // secret parameters, whatever their case, anywhere in the query
                "https://host.example/set.json?token=abc&v=2        | https://host.example/set.json?token=***&v=2",
                "https://host.example/set.json?v=2&Password=abc     | https://host.example/set.json?v=2&Password=***",
                "https://host.example/x?api_key=abc#top             | https://host.example/x?api_key=***#top",
                "https://host.example/x?apikey=abc&sig=def          | https://host.example/x?apikey=***&sig=***",
                // JDBC URLs: user info, query parameters and H2's settings after ;
                "jdbc:postgresql://tzt:geheim@db:5432/tzt           | jdbc:postgresql://***@db:5432/tzt",
                "jdbc:postgresql://db:5432/tzt?user=tzt&password=geheim | jdbc:postgresql://db:5432/tzt?user=tzt&password=***",
                "jdbc:h2:file:./data/tzt;USER=sa;PASSWORD=geheim    | jdbc:h2:file:./data/tzt;USER=sa;PASSWORD=***",
                // nothing secret: unchanged
                "https://host.example/path                          | https://host.example/path",
                "https://host.example/x?v=2&keyword=a               | https://host.example/x?v=2&keyword=a",
                "jdbc:h2:file:./data/tzt-check                      | jdbc:h2:file:./data/tzt-check",
                "not a url at all                                   | not a url at all",
                // no valid URL (refused, and therefore shown in a message): still masked
                "https://us er:p w@host/                            | https://***@host/",
                "ftp://user:pw@host                                 | ftp://***@host"
            })
    void showsTheUrlWithoutItsSecrets(String url, String logged) {
        // given / when / then
        assertThat(SafeUrl.forLog(url)).isEqualTo(logged);
    }

    @Test
    void acceptsAUriAndNull() {
        // given a URI with a password, and no URL at all
        // when / then
        assertThat(SafeUrl.forLog(URI.create("https://u:geheim@host.example/p")))
                .isEqualTo("https://***@host.example/p");
        assertThat(SafeUrl.forLog(null)).isEmpty();
    }
}
