package nl.tztcheck.verification;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.tztcheck.claims.Bsn;

/**
 * Collects lines into one {@link VerificationRequest} per client and month: the first valid BSN
 * seen and the first and last service date. Lines without a valid BSN (absent, {@code 999999999},
 * failing the 11-test) are not asked about: such a client-month gets no answer (not asked).
 */
public final class VerificationRequests {

    private static final class Acc {
        String bsn;
        LocalDate first;
        LocalDate last;
    }

    private final Map<ClientMonth, Acc> byKey = new LinkedHashMap<>();

    public VerificationRequests add(String clientKey, String bsn, LocalDate serviceDate) {
        if (Bsn.isAbsent(bsn) || !Bsn.isValid(bsn.trim())) {
            return this;
        }
        Acc a =
                byKey.computeIfAbsent(
                        new ClientMonth(clientKey, YearMonth.from(serviceDate)), k -> new Acc());
        if (a.bsn == null) {
            a.bsn = bsn.trim();
        }
        a.first = a.first == null || serviceDate.isBefore(a.first) ? serviceDate : a.first;
        a.last = a.last == null || serviceDate.isAfter(a.last) ? serviceDate : a.last;
        return this;
    }

    public List<VerificationRequest> build() {
        List<VerificationRequest> list = new ArrayList<>(byKey.size());
        byKey.forEach(
                (k, a) ->
                        list.add(
                                new VerificationRequest(
                                        k.clientKey(), a.bsn, k.month(), a.first, a.last)));
        return list;
    }
}
