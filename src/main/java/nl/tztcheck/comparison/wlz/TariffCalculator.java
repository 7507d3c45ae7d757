package nl.tztcheck.comparison.wlz;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.tztcheck.comparison.wlz.TariffStep.Percent;
import nl.tztcheck.comparison.wlz.TariffStep.Points;

/**
 * The tariff percentage a zorgkantoor would give a provider, in this order: richttarief (or the
 * essential-facilities rate), new provider (a fixed first-year rate ends the calculation), proven
 * technology, agreed movements, employer surcharge, differentiation (clamped to the range), VPT and
 * MPT surcharges weighted by their share, ceiling; then rounded half up to two decimals. A term the
 * table mentions without a number is not applied and is listed as unclear; if the table says which
 * way it goes, the outcome is a bound ("at most"). A term that holds only under a condition the
 * options cannot assert is applied and flagged, and the outcome also says the figure without it.
 */
public final class TariffCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private TariffCalculator() {}

    public static TariffOutcome calculate(ZorgkantoorPolicy p, TariffSituation s) {
        Run all = new Run(p, true).calculate(s);
        BigDecimal unconditional =
                all.conditions.isEmpty() ? null : new Run(p, false).calculate(s).rounded();
        return new TariffOutcome(
                p, all.rounded(), all.bound, unconditional, all.steps, all.unclear, all.conditions);
    }

    /**
     * One pass over the terms; {@code withConditional} false leaves out the terms with a condition.
     */
    private static final class Run {
        private final ZorgkantoorPolicy p;
        private final boolean withConditional;
        private final List<TariffStep> steps = new ArrayList<>();
        private final List<TariffNote> unclear = new ArrayList<>();
        private final List<TariffNote> conditions = new ArrayList<>();
        private final TermValue base;
        private BigDecimal pct;
        private Bound bound = Bound.EXACT;

        Run(ZorgkantoorPolicy p, boolean withConditional) {
            this.p = p;
            this.withConditional = withConditional;
            p.unclear().forEach(u -> unclear.add(new TariffNote(null, u)));
            base = p.term(Term.BASE).orElseThrow();
            // the reader rejects a policy whose base has no percentage
            pct = Objects.requireNonNull(base.percentage());
        }

        BigDecimal rounded() {
            return round(pct);
        }

        Run calculate(TariffSituation s) {
            steps.add(TariffStep.of("base", Term.BASE, "pct", new Percent(pct)));
            note(base, Term.BASE);
            if (s.essentialFacilities()) {
                Optional<TermValue> e = used(Term.ESSENTIAL_FACILITIES);
                if (e.isPresent() && e.get().percentage() != null) {
                    pct = e.get().percentage();
                    steps.add(
                            TariffStep.of(
                                    "instead", Term.ESSENTIAL_FACILITIES, "pct", new Percent(pct)));
                }
            }
            if (s.newProvider()) {
                Optional<TermValue> n = used(Term.NEW_PROVIDER);
                if (n.isPresent() && n.get().percentage() != null) {
                    pct = n.get().percentage();
                    steps.add(TariffStep.of("fixed", Term.NEW_PROVIDER, "pct", new Percent(pct)));
                    return this;
                }
                change(n, Term.NEW_PROVIDER);
            }
            if (s.provenTechnology()) {
                change(used(Term.PROVEN_TECHNOLOGY), Term.PROVEN_TECHNOLOGY);
            }
            if (s.agreedMovements()) {
                change(used(Term.AGREED_MOVEMENTS), Term.AGREED_MOVEMENTS);
            }
            if (s.employerSurcharge()) {
                change(used(Term.EMPLOYER_SURCHARGE), Term.EMPLOYER_SURCHARGE);
            }
            if (s.differentiation().signum() != 0) {
                Optional<TermValue> d = used(Term.DIFFERENTIATION);
                if (d.isPresent() && d.get().min() != null) {
                    // the reader rejects a differentiation with min but no max
                    BigDecimal max = Objects.requireNonNull(d.get().max());
                    BigDecimal applied = s.differentiation().max(d.get().min()).min(max);
                    steps.add(
                            TariffStep.of(
                                    "differentiation",
                                    Term.DIFFERENTIATION,
                                    "points",
                                    new Points(applied),
                                    "min",
                                    new Points(d.get().min()),
                                    "max",
                                    new Points(max)));
                    pct = pct.add(applied);
                }
            }
            shareSurcharge(Term.VPT_SURCHARGE, s.vptShare());
            shareSurcharge(Term.MPT_SURCHARGE, s.mptShare());
            Optional<TermValue> ceiling = p.term(Term.CEILING).filter(c -> c.percentage() != null);
            if (ceiling.isPresent() && pct.compareTo(ceiling.get().percentage()) > 0) {
                pct =
                        Objects.requireNonNull(
                                ceiling.get().percentage()); // filtered on a percentage above
                steps.add(TariffStep.of("ceiling", Term.CEILING, "pct", new Percent(pct)));
                note(ceiling.get(), Term.CEILING);
            }
            return this;
        }

        /**
         * The term if the table has it (its notes recorded, a number-less term's direction taken);
         * a step saying so when not.
         */
        private Optional<TermValue> used(Term t) {
            Optional<TermValue> v = p.term(t);
            if (v.isEmpty()) {
                steps.add(TariffStep.of("absent", t));
                return v;
            }
            if (v.get().isConditional() && !withConditional) {
                steps.add(TariffStep.of("leftOut", t, "condition", v.get().condition()));
                return Optional.empty();
            }
            note(v.get(), t);
            if (!v.get().stated()) {
                switch (v.get().direction()) {
                    case LOWER -> steps.add(TariffStep.of("lowerNoNumber", t));
                    case HIGHER -> steps.add(TariffStep.of("higherNoNumber", t));
                    case NONE -> steps.add(TariffStep.of("noNumber", t));
                }
                bound = bound.with(v.get().direction());
            }
            if (v.get().isConditional()) {
                conditions.add(new TariffNote(t, v.get().condition()));
            }
            return v;
        }

        private void change(Optional<TermValue> v, Term t) {
            if (v.isPresent() && v.get().change() != null) {
                steps.add(TariffStep.of("change", t, "points", new Points(v.get().change())));
                pct = pct.add(v.get().change());
            }
        }

        private void shareSurcharge(Term t, BigDecimal share) {
            if (share.signum() == 0) {
                return;
            }
            Optional<TermValue> v = used(t);
            if (v.isEmpty() || v.get().change() == null) {
                return;
            }
            BigDecimal weighted = v.get().change().multiply(share).divide(HUNDRED);
            steps.add(
                    TariffStep.of(
                            "share",
                            t,
                            "points",
                            new Points(v.get().change()),
                            "share",
                            new Percent(share),
                            "weighted",
                            new Points(weighted)));
            pct = pct.add(weighted);
        }

        private void note(TermValue v, Term t) {
            TariffNote n = new TariffNote(t, v.unclear());
            if (v.isUnclear() && !unclear.contains(n)) {
                unclear.add(n);
            }
        }
    }

    static BigDecimal round(BigDecimal p) {
        return p.setScale(2, RoundingMode.HALF_UP);
    }
}
