package nl.tztcheck.batch;

import java.io.IOException;
import java.nio.file.Path;
import nl.tztcheck.findings.ClientPseudonymizer;
import nl.tztcheck.findings.PseudonymKey;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The pseudonym key: {@code tzt.pseudonym-key} (env TZT_PSEUDONYM_KEY) or the key file in the data
 * directory.
 */
@Configuration(proxyBeanMethods = false)
public class PseudonymConfiguration {

    @Bean
    public ClientPseudonymizer clientPseudonymizer(
            @Value("${tzt.pseudonym-key:}") String key,
            @Value("${tzt.data-dir:./data}") String dataDir)
            throws IOException {
        return new ClientPseudonymizer(PseudonymKey.resolve(key, Path.of(dataDir)));
    }
}
