package nl.tztcheck.comparison;

/**
 * One insurer's finding code (or technology's cost gap, or at-risk cause) over all providers.
 *
 * @param providers providers with a published cell (affected); the cell's figures cover these only
 * @param suppressedProviders providers whose cell was suppressed (affected, but not in the total)
 * @param total the published cells added up
 */
public record DimensionAggregate(int providers, int suppressedProviders, EvidenceCell total) {

    public static final DimensionAggregate NONE = new DimensionAggregate(0, 0, EvidenceCell.ZERO);

    public DimensionAggregate plus(EvidenceCell cell) {
        return cell.suppressed()
                ? new DimensionAggregate(providers, suppressedProviders + 1, total)
                : new DimensionAggregate(providers + 1, suppressedProviders, total.plus(cell));
    }

    public DimensionAggregate plus(DimensionAggregate o) {
        return new DimensionAggregate(
                providers + o.providers,
                suppressedProviders + o.suppressedProviders,
                total.plus(o.total));
    }

    /**
     * Every provider's cell was suppressed: there is no figure to show, only that it is fewer than
     * the threshold.
     */
    public boolean onlySuppressed() {
        return providers == 0 && suppressedProviders > 0;
    }
}
