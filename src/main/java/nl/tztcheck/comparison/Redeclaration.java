package nl.tztcheck.comparison;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import nl.tztcheck.claims.ClaimLine;
import nl.tztcheck.claims.LineKind;
import nl.tztcheck.claims.RowResult;
import nl.tztcheck.money.Money;
import nl.tztcheck.profiles.ProfileSet;
import nl.tztcheck.profiles.Terms;

/**
 * The same export as if every client were insured with one insurer and declared on its terms: every
 * technology and regular-care line is declared to that insurer's UZOVI code (and classified again
 * under it); every technology line is declared at the insurer's 1062 ceiling per hour on its date
 * (the most it pays: basis x percentage over its agreed tariffs), with the amount minutes x that
 * tariff / 60, and carries the insurer's approval or none, as the conditions say. Other lines and
 * rejected rows stay as they are. Minutes, dates, technology and product are the care: unchanged.
 */
final class Redeclaration {

    private Redeclaration() {}

    /**
     * @param tariffsUsed collects the hourly tariffs (cents) the technology lines were declared at
     */
    static List<RowResult> to(
            String uzovi,
            List<RowResult> rows,
            ProfileSet profiles,
            WhatIfConditions conditions,
            SortedSet<Long> tariffsUsed) {
        List<RowResult> out = new ArrayList<>(rows.size());
        for (RowResult r : rows) {
            if (r instanceof RowResult.Accepted a && a.kind() != LineKind.OTHER) {
                ClaimLine l = a.line();
                LineKind kind = profiles.kindOf(l.serviceCode(), uzovi, l.serviceDate());
                ClaimLine declared =
                        kind == LineKind.TECHNOLOGY
                                ? atTerms(
                                        l,
                                        uzovi,
                                        ceiling(profiles, uzovi, l.serviceDate())
                                                .orElse(l.hourlyTariff()),
                                        conditions)
                                : withUzovi(l, uzovi);
                if (kind == LineKind.TECHNOLOGY) {
                    tariffsUsed.add(declared.hourlyTariff().cents());
                }
                out.add(new RowResult.Accepted(declared, kind));
            } else {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * The insurer's 1062 ceiling per hour on a date (its version over the national one), if it has
     * a version then.
     */
    static Optional<Money> ceiling(ProfileSet profiles, String uzovi, LocalDate date) {
        return profiles.resolve(uzovi, date)
                .flatMap(
                        p -> {
                            Terms s = p.settings();
                            return s.tariffCeiling().perHour(s.tariffs());
                        });
    }

    static ClaimLine atTerms(ClaimLine l, String uzovi, Money tariff, WhatIfConditions conditions) {
        String approval =
                conditions == WhatIfConditions.MET ? WhatIfConditions.ASSUMED_APPROVAL : null;
        return new ClaimLine(
                l.lineNo(),
                l.lineId(),
                l.clientId(),
                l.bsn(),
                uzovi,
                l.serviceCode(),
                l.serviceDate(),
                l.minutes(),
                tariff,
                Money.forMinutes(l.minutes(), tariff),
                false,
                l.technology(),
                l.product(),
                l.law(),
                l.credit(),
                l.correctsLineId(),
                l.wlzIndication(),
                approval);
    }

    static ClaimLine withUzovi(ClaimLine l, String uzovi) {
        return new ClaimLine(
                l.lineNo(),
                l.lineId(),
                l.clientId(),
                l.bsn(),
                uzovi,
                l.serviceCode(),
                l.serviceDate(),
                l.minutes(),
                l.hourlyTariff(),
                l.amount(),
                l.amountDeclared(),
                l.technology(),
                l.product(),
                l.law(),
                l.credit(),
                l.correctsLineId(),
                l.wlzIndication(),
                l.approvalRef());
    }
}
