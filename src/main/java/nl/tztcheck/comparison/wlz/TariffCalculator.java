package nl.tztcheck.comparison.wlz;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.tztcheck.comparison.output.Texts;

/**
 * The tariff percentage a zorgkantoor would give a provider, in this order: richttarief (or the
 * essential-facilities rate), new provider (a fixed first-year rate ends the calculation), proven
 * technology, agreed movements, employer surcharge, differentiation (clamped to the range), VPT and
 * MPT surcharges weighted by their share, ceiling; then rounded half up to two decimals. A term the
 * table mentions without a number is not applied and is listed as unclear.
 */
public final class TariffCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private TariffCalculator() {
    }

    public static TariffOutcome calculate(ZorgkantoorPolicy p, TariffSituation s) {
        List<String> steps = new ArrayList<>();
        List<String> unclear = new ArrayList<>(p.unclear());
        TermValue base = p.term(Term.BASE).orElseThrow();
        BigDecimal pct = base.percentage();
        steps.add("richttarief " + Texts.percent(pct));
        note(base, unclear, Term.BASE);
        if (s.essentialFacilities()) {
            Optional<TermValue> e = used(p, Term.ESSENTIAL_FACILITIES, steps, unclear);
            if (e.isPresent() && e.get().percentage() != null) {
                pct = e.get().percentage();
                steps.add("essential facilities: " + Texts.percent(pct) + " instead");
            }
        }
        if (s.newProvider()) {
            Optional<TermValue> n = used(p, Term.NEW_PROVIDER, steps, unclear);
            if (n.isPresent() && n.get().percentage() != null) {
                steps.add("new provider: a fixed " + Texts.percent(n.get().percentage()) + " (nothing else applies)");
                return new TariffOutcome(p, round(n.get().percentage()), steps, unclear);
            }
            pct = pct.add(change(n, steps, "new provider"));
        }
        pct = pct.add(s.provenTechnology() ? change(used(p, Term.PROVEN_TECHNOLOGY, steps, unclear), steps, "proven technology") : BigDecimal.ZERO);
        pct = pct.add(s.agreedMovements() ? change(used(p, Term.AGREED_MOVEMENTS, steps, unclear), steps, "agreed movements") : BigDecimal.ZERO);
        pct = pct.add(s.employerSurcharge() ? change(used(p, Term.EMPLOYER_SURCHARGE, steps, unclear), steps, "employer surcharge") : BigDecimal.ZERO);
        if (s.differentiation().signum() != 0) {
            Optional<TermValue> d = used(p, Term.DIFFERENTIATION, steps, unclear);
            if (d.isPresent() && d.get().min() != null) {
                BigDecimal applied = s.differentiation().max(d.get().min()).min(d.get().max());
                steps.add("differentiation " + Texts.points(applied) + " (range " + Texts.points(d.get().min()) + " to "
                        + Texts.points(d.get().max()) + ")");
                pct = pct.add(applied);
            }
        }
        pct = pct.add(shareSurcharge(p, Term.VPT_SURCHARGE, s.vptShare(), steps, unclear));
        pct = pct.add(shareSurcharge(p, Term.MPT_SURCHARGE, s.mptShare(), steps, unclear));
        Optional<TermValue> ceiling = p.term(Term.CEILING).filter(c -> c.percentage() != null);
        if (ceiling.isPresent() && pct.compareTo(ceiling.get().percentage()) > 0) {
            pct = ceiling.get().percentage();
            steps.add("capped at the ceiling of " + Texts.percent(pct));
            note(ceiling.get(), unclear, Term.CEILING);
        }
        return new TariffOutcome(p, round(pct), steps, unclear);
    }

    /** The term if the table has it (its unclear note recorded); a step saying so when it does not. */
    private static Optional<TermValue> used(ZorgkantoorPolicy p, Term t, List<String> steps, List<String> unclear) {
        Optional<TermValue> v = p.term(t);
        if (v.isEmpty()) {
            steps.add(t.label() + ": not in this zorgkantoor's table, not applied");
        } else {
            note(v.get(), unclear, t);
            if (!v.get().stated()) {
                steps.add(t.label() + ": mentioned without a number, not applied");
            }
        }
        return v;
    }

    private static BigDecimal change(Optional<TermValue> v, List<String> steps, String label) {
        if (v.isEmpty() || v.get().change() == null) {
            return BigDecimal.ZERO;
        }
        steps.add(label + " " + Texts.points(v.get().change()));
        return v.get().change();
    }

    private static BigDecimal shareSurcharge(ZorgkantoorPolicy p, Term t, BigDecimal share, List<String> steps, List<String> unclear) {
        if (share.signum() == 0) {
            return BigDecimal.ZERO;
        }
        Optional<TermValue> v = used(p, t, steps, unclear);
        if (v.isEmpty() || v.get().change() == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal weighted = v.get().change().multiply(share).divide(HUNDRED);
        steps.add(t.label() + " " + Texts.points(v.get().change()) + " on " + Texts.percent(share) + " of production = "
                + Texts.points(weighted));
        return weighted;
    }

    private static void note(TermValue v, List<String> unclear, Term t) {
        if (v.isUnclear() && !unclear.contains(t.label() + ": " + v.unclear())) {
            unclear.add(t.label() + ": " + v.unclear());
        }
    }

    static BigDecimal round(BigDecimal p) {
        return p.setScale(2, RoundingMode.HALF_UP);
    }
}
