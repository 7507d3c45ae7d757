package nl.tztcheck.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import nl.tztcheck.verification.VerificationService;
import org.junit.jupiter.api.Test;

/**
 * The verification settings as the job reads them: off without a URL, refused at start when they
 * make no sense. No Spring.
 */
class VerificationServiceFactoryTests {

    private static VerificationServiceFactory factory(
            String url, Duration deadline, boolean plainHttpForTests, String lang) {
        return new VerificationServiceFactory(
                url,
                Duration.ofSeconds(5),
                2,
                4,
                deadline,
                Duration.ofSeconds(30),
                plainHttpForTests,
                lang);
    }

    @Test
    void offWithoutAUrl() {
        // given / when / then
        assertThat(factory("", Duration.ofMinutes(10), false, "nl").supplierOrNull()).isNull();
    }

    @Test
    void aServiceWithTheDeadlineIsMadePerRun() {
        // given
        VerificationServiceFactory f =
                factory("http://127.0.0.1:9/", Duration.ofSeconds(90), true, "en");

        // when / then
        try (VerificationService s = f.supplierOrNull().get()) {
            assertThat(s.stats().calls()).isZero();
        }
    }

    @Test
    void aDeadlineThatIsNotPositiveOrAnUnknownLanguageIsRefusedAtStart() {
        // given / when / then
        assertThatThrownBy(
                        () ->
                                factory("https://cov.example", Duration.ZERO, false, "nl")
                                        .supplierOrNull())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tzt.verification.deadline must be positive");
        assertThatThrownBy(
                        () ->
                                factory("https://cov.example", Duration.ofMinutes(10), false, "fr")
                                        .supplierOrNull())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown language");
        assertThatThrownBy(
                        () ->
                                factory("http://cov.example", Duration.ofMinutes(10), false, "nl")
                                        .supplierOrNull())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("https://");
    }
}
