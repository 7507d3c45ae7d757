package nl.tztcheck.businesscase;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import nl.tztcheck.claims.ClaimLine;
import nl.tztcheck.claims.LineKind;
import nl.tztcheck.claims.Technology;
import nl.tztcheck.money.Money;
import nl.tztcheck.profiles.EffectiveProfile;
import nl.tztcheck.profiles.ProfileSet;
import nl.tztcheck.profiles.Trust;
import org.jspecify.annotations.Nullable;

/**
 * Takes the lines of one export, one at a time, and builds the {@link RegularCareEffect}. Counting
 * follows the check: a debit named by a credit in the same file is cancelled (both leave the
 * count), a credit naming a line outside the file is left out (its debit was never counted here),
 * credits count no minutes of their own. Per client it keeps only the regular minutes per month and
 * the first 1062 debit (by service date, then line id), so a large export needs memory per client,
 * not per line.
 */
public final class RegularCareTally {

    private final ProfileSet profiles;
    private final EffectWindow window;
    private final Set<String> cancelled;
    private final Map<String, Client> clients = new HashMap<>();

    /** The export's first and last service month; null until the first line is added. */
    private @Nullable YearMonth firstMonth;

    private @Nullable YearMonth lastMonth;

    /**
     * @param cancelled the line ids that credits in the export name (see {@link
     *     RegularCareEffects})
     */
    public RegularCareTally(ProfileSet profiles, EffectWindow window, Set<String> cancelled) {
        this.profiles = profiles;
        this.window = window;
        this.cancelled = Set.copyOf(cancelled);
    }

    private static final class Client {
        final Map<YearMonth, Long> regular = new HashMap<>();

        /** The earliest 1062 debit not cancelled; null for a client with regular care only. */
        @Nullable ClaimLine first;
    }

    private static final Comparator<ClaimLine> EARLIEST =
            Comparator.comparing(ClaimLine::serviceDate).thenComparing(ClaimLine::lineId);

    /**
     * One accepted line of the export: every kind sets the export's month range; debits not
     * cancelled count.
     */
    public void add(ClaimLine line, LineKind kind) {
        YearMonth month = line.month();
        firstMonth = firstMonth == null || month.isBefore(firstMonth) ? month : firstMonth;
        lastMonth = lastMonth == null || month.isAfter(lastMonth) ? month : lastMonth;
        if (line.credit() || cancelled.contains(line.lineId()) || kind == LineKind.OTHER) {
            return;
        }
        Client c = clients.computeIfAbsent(line.clientId(), k -> new Client());
        if (kind == LineKind.REGULAR_CARE) {
            c.regular.merge(month, (long) line.minutes(), Long::sum);
        } else if (c.first == null || EARLIEST.compare(line, c.first) < 0) {
            c.first = line;
        }
    }

    public RegularCareEffect build(String claimsFile) {
        Map<String, Cell> cells = new TreeMap<>();
        Map<RegularCareEffect.LeftOut, Long> leftOut =
                new EnumMap<>(RegularCareEffect.LeftOut.class);
        for (Client c : clients.values()) {
            if (c.first == null) {
                continue;
            }
            Optional<RegularCareEffect.LeftOut> reason = include(c, cells);
            reason.ifPresent(r -> leftOut.merge(r, 1L, Long::sum));
        }
        List<EffectCell> list = new ArrayList<>();
        cells.values().forEach(cell -> list.add(cell.toEffectCell(window)));
        list.sort(
                Comparator.comparing(EffectCell::insurerName, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(EffectCell::insurerId)
                        .thenComparing(EffectCell::technology));
        return new RegularCareEffect(
                claimsFile,
                Optional.ofNullable(firstMonth),
                Optional.ofNullable(lastMonth),
                window,
                list,
                leftOut,
                profiles.fingerprint());
    }

    /** Adds the client to its cell; the reason when it is left out. */
    private Optional<RegularCareEffect.LeftOut> include(Client c, Map<String, Cell> cells) {
        // build() passes only clients with a first 1062 line, and a line sets the export's month
        // range
        ClaimLine first = java.util.Objects.requireNonNull(c.first);
        YearMonth start = first.month();
        if (!window.fits(
                start,
                java.util.Objects.requireNonNull(firstMonth),
                java.util.Objects.requireNonNull(lastMonth))) {
            return Optional.of(RegularCareEffect.LeftOut.WINDOW);
        }
        Technology technology = first.technology();
        if (technology == null) {
            return Optional.of(RegularCareEffect.LeftOut.TECHNOLOGY_UNKNOWN);
        }
        Optional<EffectiveProfile> profile = profiles.resolve(first.uzovi(), first.serviceDate());
        Optional<Money> tariff = profile.map(p -> p.settings().tariffs().get(EffectCell.TARIFF));
        if (tariff.isEmpty()) {
            return Optional.of(RegularCareEffect.LeftOut.NO_PROFILE);
        }
        long before = 0;
        long after = 0;
        for (Map.Entry<YearMonth, Long> e : c.regular.entrySet()) {
            if (window.isBefore(e.getKey(), start)) {
                before += e.getValue();
            } else if (window.isAfter(e.getKey(), start)) {
                after += e.getValue();
            }
        }
        EffectiveProfile p = profile.get();
        cells.computeIfAbsent(
                        p.insurerId() + "\u0000" + technology.ordinal(),
                        k -> new Cell(p, technology))
                .add(before, after, tariff.get().cents(), p.trustOf("tariffs"), window);
        return Optional.empty();
    }

    /** A cell being summed. */
    private static final class Cell {
        final String insurerId;
        final String insurerName;
        final Technology technology;
        long clients;
        long before;
        long after;
        long weighted;
        long minTariff = Long.MAX_VALUE;
        long maxTariff = Long.MIN_VALUE;
        Trust trust = Trust.VERIFIED;

        Cell(EffectiveProfile p, Technology technology) {
            this.insurerId = p.insurerId();
            this.insurerName = p.insurerName();
            this.technology = technology;
        }

        void add(
                long minutesBefore,
                long minutesAfter,
                long tariffCents,
                Trust tariffTrust,
                EffectWindow w) {
            clients++;
            before += minutesBefore;
            after += minutesAfter;
            weighted += (minutesAfter * w.before() - minutesBefore * w.after()) * tariffCents;
            minTariff = Math.min(minTariff, tariffCents);
            maxTariff = Math.max(maxTariff, tariffCents);
            trust = trust.and(tariffTrust);
        }

        EffectCell toEffectCell(EffectWindow w) {
            return new EffectCell(
                    insurerId,
                    insurerName,
                    technology,
                    w,
                    clients,
                    before,
                    after,
                    weighted,
                    minTariff,
                    maxTariff,
                    trust);
        }
    }
}
