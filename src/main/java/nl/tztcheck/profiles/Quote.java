package nl.tztcheck.profiles;

import java.util.List;

/**
 * The words of a source that back one or more dimensions of a profile version: a dimension is
 * verified only where such a quote exists (the validator refuses a verified dimension without one,
 * and a test finds every shipped quote verbatim in the excerpts under {@code docs/sources/}).
 */
public record Quote(List<String> dimensions, String text) {

    public Quote {
        dimensions = List.copyOf(dimensions);
    }
}
