package nl.tztcheck.cli;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.tztcheck.findings.Severity;
import nl.tztcheck.samples.ExportOrder;
import nl.tztcheck.samples.Mix;
import nl.tztcheck.samples.Style;
import picocli.CommandLine;

/**
 * The value of an option that is one of a few words, accepted the way a person types it: any case,
 * with or without accents, in English or Dutch ({@code --fail-on error}, {@code FOUT}, {@code
 * Waarschuwing}). One instance per enum, registered for every command ({@link
 * CommandLineErrors#install}); {@link #describe()} lists the words for the message when a value is
 * none of them.
 */
final class Choices<E extends Enum<E>> implements CommandLine.ITypeConverter<E> {

    /** {@code --fail-on}: ERROR (fout), WARNING (waarschuwing), INFO (informatie). */
    static final Choices<Severity> SEVERITY =
            new Choices<>(
                    Severity.class,
                    Map.of(
                            Severity.ERROR,
                            "fout",
                            Severity.WARNING,
                            "waarschuwing",
                            Severity.INFO,
                            "informatie"));

    /** {@code generate --style}: excel, plain (eenvoudig). */
    static final Choices<Style> STYLE =
            new Choices<>(Style.class, Map.of(Style.PLAIN, "eenvoudig"));

    /** {@code generate/bench --mix}: light (licht), heavy (zwaar). */
    static final Choices<Mix> MIX =
            new Choices<>(Mix.class, Map.of(Mix.LIGHT, "licht", Mix.HEAVY, "zwaar"));

    /** {@code generate --order}, {@code bench --orders}: client, date (datum), shuffled. */
    static final Choices<ExportOrder> ORDER =
            new Choices<>(
                    ExportOrder.class,
                    Map.of(ExportOrder.DATE, "datum", ExportOrder.SHUFFLED, "willekeurig"));

    private final Map<String, E> words = new LinkedHashMap<>();
    private final String description;

    private Choices(Class<E> type, Map<E, String> dutch) {
        for (E e : type.getEnumConstants()) {
            words.put(normal(e.name()), e);
            if (dutch.containsKey(e)) {
                words.put(normal(dutch.get(e)), e);
            }
        }
        this.description =
                java.util.Arrays.stream(type.getEnumConstants())
                        .map(
                                e ->
                                        dutch.containsKey(e)
                                                ? e.name() + " (" + dutch.get(e) + ")"
                                                : e.name())
                        .collect(Collectors.joining(", "));
    }

    @Override
    public E convert(String value) {
        E e = words.get(normal(value));
        if (e == null) {
            // picocli's "Invalid value" message: CommandLineErrors turns it into one sentence
            // naming describe()
            throw new CommandLine.TypeConversionException("Invalid value '" + value + "'");
        }
        return e;
    }

    /** The accepted words, e.g. {@code ERROR (fout), WARNING (waarschuwing), INFO (informatie)}. */
    String describe() {
        return description;
    }

    /**
     * Upper case, accents and surrounding blanks off: {@code " Waarschuwing "} and {@code
     * "WAARSCHUWING"} are one word.
     */
    static String normal(String value) {
        String decomposed =
                Normalizer.normalize(value == null ? "" : value.trim(), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toUpperCase(Locale.ROOT);
    }

    /** The instance for an option of type {@code type}, or null. */
    static Choices<?> of(Class<?> type) {
        if (type == Severity.class) {
            return SEVERITY;
        }
        if (type == Mix.class) {
            return MIX;
        }
        if (type == ExportOrder.class) {
            return ORDER;
        }
        return type == Style.class ? STYLE : null;
    }
}
