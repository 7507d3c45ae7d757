package nl.tztcheck.checklist;

import java.util.ArrayList;
import java.util.List;
import nl.tztcheck.i18n.Messages;
import nl.tztcheck.profiles.Provenance;
import nl.tztcheck.rules.RuleTexts;

/** The words around the items that the HTML page and the Markdown share, so both say the same. */
final class PageTexts {

    private final Checklist c;
    private final Messages texts;

    PageTexts(Checklist c) {
        this.c = c;
        this.texts = Messages.of(ChecklistBuilder.BUNDLE, c.language());
    }

    String get(String key, Object... pairs) {
        return texts.get(key, pairs);
    }

    String title() {
        return texts.get("title", "insurer", c.insurerName(), "year", c.year());
    }

    String subtitle() {
        return texts.get("subtitle", "insurer", c.insurerName(), "codes", codes());
    }

    /** UZOVI codes, the versions, the day and the profile set, joined by " · ". */
    String meta() {
        List<String> parts = new ArrayList<>();
        if (!c.uzoviCodes().isEmpty()) {
            parts.add(texts.get("meta.uzovi", "codes", String.join(", ", c.uzoviCodes())));
        }
        parts.add(texts.get("meta.version", "version", c.version()));
        parts.add(texts.get("meta.national", "version", c.nationalVersion()));
        parts.add(texts.get("meta.date", "date", RuleTexts.of(c.language()).date(c.date())));
        parts.add(texts.get("meta.profiles", "fingerprint", c.fingerprint()));
        return String.join(" · ", parts);
    }

    String overallTrust() {
        return texts.get(
                "trust.overall",
                "trust",
                c.trust().label(c.language()),
                "explain",
                Provenance.explain(c.trust(), c.language()));
    }

    String origin(ChecklistItem item) {
        return item.national()
                ? texts.get("origin.national")
                : texts.get("origin.insurer", "insurer", c.insurerName());
    }

    String trust(ChecklistItem item) {
        return item.trust().label(c.language());
    }

    /** "[1a] [1b]". */
    String refs(ChecklistItem item) {
        return String.join(" ", item.refs().stream().map(r -> "[" + r + "]").toList());
    }

    /** "[1] VGZ, versie 2024: title, section <url>". */
    String source(CitedSource s) {
        String who =
                s.national()
                        ? texts.get("sources.national", "version", s.version())
                        : texts.get(
                                "sources.insurer",
                                "insurer",
                                c.insurerName(),
                                "version",
                                s.version());
        return "["
                + s.number()
                + "] "
                + who
                + ": "
                + s.title()
                + (s.section().isEmpty() ? "" : ", " + s.section());
    }

    String legend() {
        return texts.get("legend", "insurer", c.insurerName());
    }

    String signature() {
        return texts.get("signature");
    }

    private String codes() {
        return String.join(", ", c.technologyCodes());
    }
}
