package nl.tztcheck.rules;

import java.time.YearMonth;

/** Where the check finds what the insurance verification said about a client in a month. */
@FunctionalInterface
public interface InsuranceLookup {

    InsuranceLookup NONE = (clientId, uzovi, month) -> Insurance.NOT_ASKED;

    Insurance of(String clientId, String uzovi, YearMonth month);
}
