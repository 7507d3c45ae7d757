package nl.tztcheck.checklist;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.tztcheck.profiles.ProfileVersion;
import nl.tztcheck.profiles.Quote;
import nl.tztcheck.profiles.Source;
import org.jspecify.annotations.Nullable;

/**
 * The sources a page cites, numbered in the order the items first use them; each quote printed
 * once, under its source.
 */
final class Citations {

    private final Map<ProfileVersion, Entry> entries = new LinkedHashMap<>();
    private final ProfileVersion nationalVersion;

    Citations(ProfileVersion nationalVersion) {
        this.nationalVersion = nationalVersion;
    }

    /**
     * The refs for these dimensions of one version: its quotes that name one of them ("1a"), else
     * the source itself ("1").
     */
    List<String> refs(ProfileVersion version, Collection<String> dimensions) {
        Entry e =
                entries.computeIfAbsent(
                        version, v -> new Entry(String.valueOf(entries.size() + 1)));
        List<String> refs = new ArrayList<>();
        for (Quote q : version.source().quotes()) {
            if (q.dimensions().stream().anyMatch(dimensions::contains)) {
                refs.add(e.ref(q.text()));
            }
        }
        return refs.isEmpty() ? List.of(e.number) : refs;
    }

    List<CitedSource> sources() {
        List<CitedSource> list = new ArrayList<>();
        entries.forEach(
                (v, e) -> {
                    Source s = v.source();
                    list.add(
                            new CitedSource(
                                    e.number,
                                    v == nationalVersion,
                                    v.version(),
                                    s.title(),
                                    orEmpty(s.section()),
                                    orEmpty(s.url()),
                                    e.quotes.entrySet().stream()
                                            .map(
                                                    q ->
                                                            new CitedSource.CitedQuote(
                                                                    q.getValue(), q.getKey()))
                                            .toList()));
                });
        return list;
    }

    private static String orEmpty(@Nullable String s) {
        return s == null ? "" : s.strip();
    }

    /** One source's number and its quotes used so far, lettered a, b, c... */
    private static final class Entry {
        final String number;
        final Map<String, String> quotes = new LinkedHashMap<>();

        Entry(String number) {
            this.number = number;
        }

        String ref(String quote) {
            return quotes.computeIfAbsent(quote, q -> number + letter(quotes.size()));
        }

        private static String letter(int index) {
            return index < 26 ? String.valueOf((char) ('a' + index)) : "q" + (index + 1);
        }
    }
}
