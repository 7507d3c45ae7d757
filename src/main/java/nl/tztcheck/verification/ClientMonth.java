package nl.tztcheck.verification;

import java.time.YearMonth;

/** The cache key: one client in one calendar month (a client key, never the BSN). */
public record ClientMonth(String clientKey, YearMonth month) {}
