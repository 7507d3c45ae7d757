package nl.tztcheck.comparison;

/**
 * One insurer's finding code (or technology's cost gap) over all providers.
 *
 * @param providers           providers with a published cell (affected)
 * @param suppressedProviders providers whose cell was suppressed (affected, but fewer than 10 clients; not in the total)
 * @param total               the published cells added up
 */
public record DimensionAggregate(int providers, int suppressedProviders, EvidenceCell total) {

    public static final DimensionAggregate NONE = new DimensionAggregate(0, 0, EvidenceCell.ZERO);

    public DimensionAggregate plus(EvidenceCell cell) {
        return cell.suppressed() ? new DimensionAggregate(providers, suppressedProviders + 1, total)
                : new DimensionAggregate(providers + 1, suppressedProviders, total.plus(cell));
    }
}
