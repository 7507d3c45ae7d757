package nl.tztcheck.comparison.wlz;

import org.jspecify.annotations.Nullable;

/**
 * A remark on an outcome from the zorgkantoor profile (what is unclear, or a condition), as written
 * in the YAML file.
 *
 * @param term the term it is about, or null for the policy as a whole
 */
public record TariffNote(@Nullable Term term, String text) {}
