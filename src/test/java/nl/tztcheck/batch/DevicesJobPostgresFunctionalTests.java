package nl.tztcheck.batch;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The device list's job test on PostgreSQL (skipped without TZT_TEST_POSTGRES_URL, as
 * CheckJobPostgresFunctionalTests).
 */
@EnabledIfEnvironmentVariable(named = "TZT_TEST_POSTGRES_URL", matches = ".+")
class DevicesJobPostgresFunctionalTests extends DevicesJobFunctionalTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> System.getenv("TZT_TEST_POSTGRES_URL"));
        registry.add(
                "spring.datasource.username",
                () -> System.getenv().getOrDefault("TZT_TEST_POSTGRES_USER", "tzt"));
        registry.add(
                "spring.datasource.password",
                () -> System.getenv().getOrDefault("TZT_TEST_POSTGRES_PASSWORD", "tzt"));
    }
}
