package nl.tztcheck.batch;

/**
 * Whether a run uses the embedded H2 default, decided before Spring starts (the data-directory gate
 * must be passed before the database is opened): it does unless {@code spring.datasource.url} is
 * set, as a system property or as {@code SPRING_DATASOURCE_URL}, to something other than H2.
 */
public final class EmbeddedDatabase {

    private EmbeddedDatabase() {}

    public static boolean isDefault() {
        String url =
                System.getProperty("spring.datasource.url", System.getenv("SPRING_DATASOURCE_URL"));
        return url == null || url.isBlank() || url.startsWith("jdbc:h2:");
    }
}
