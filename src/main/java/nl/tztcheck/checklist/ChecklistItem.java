package nl.tztcheck.checklist;

import java.util.List;
import nl.tztcheck.profiles.Trust;

/**
 * One tick box of a checklist: what the clerk checks before declaring, in the page's language.
 *
 * @param topic the short name of the condition ("Maandplafond")
 * @param text what applies, with its figures ("Maximaal 390 minuten (6,5 uur) per cliënt per maand
 *     ...")
 * @param dimensions the profile dimensions the item shows (none for a condition a claims file
 *     cannot show)
 * @param trust how far the sources back those dimensions ({@code Source.trustOf} of the version
 *     that decides each)
 * @param national true when every dimension is the national rule's value (the insurer sets none of
 *     them): "landelijk"
 * @param refs the citations on the page that back it: a quote ("1a") where the source quotes a
 *     dimension, else the source ("1")
 */
public record ChecklistItem(
        String topic,
        String text,
        List<String> dimensions,
        Trust trust,
        boolean national,
        List<String> refs) {

    public ChecklistItem {
        dimensions = List.copyOf(dimensions);
        refs = List.copyOf(refs);
    }
}
