package nl.tztcheck.batch;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same job-level tests on PostgreSQL. `.ci/run` installs and starts PostgreSQL on loopback and
 * sets TZT_TEST_POSTGRES_URL (and _USER, _PASSWORD); without it these tests are skipped.
 */
@EnabledIfEnvironmentVariable(named = "TZT_TEST_POSTGRES_URL", matches = ".+")
class CheckJobPostgresFunctionalTests extends CheckJobFunctionalTests {

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
