package nl.tztcheck.findings;

/**
 * The finding codes of spec section 4, in the order the check applies them (which is also the order
 * findings of one line are listed in), with the Vektis retourcode a payer would likely use.
 */
public enum FindingCode {
    ORPHAN_CREDIT(Severity.WARNING, ""),
    CREDIT_IN_SAME_FILE(Severity.WARNING, "8062"),
    DUPLICATE_LINE(Severity.ERROR, "0587"),
    NOT_ZVW(Severity.ERROR, "8983"),
    WLZ_CLIENT(Severity.ERROR, "8983"),
    NOT_INSURED_WITH_INSURER(Severity.ERROR, "0320"),
    NO_PROFILE(Severity.WARNING, ""),
    NOT_CONTRACTED(Severity.ERROR, "0613"),
    TECHNOLOGY_NOT_COVERED(Severity.ERROR, "0613"),
    APPROVAL_MISSING(Severity.ERROR, "0613"),
    NO_REGULAR_CARE(Severity.ERROR, "0613"),
    TECHNOLOGY_UNKNOWN(Severity.WARNING, ""),
    CATEGORY_CAP_EXCEEDED(Severity.ERROR, "0613"),
    MONTHLY_CAP_EXCEEDED(Severity.ERROR, "0613"),
    TARIFF_ABOVE_CEILING(Severity.ERROR, "0611"),
    COST_GAP(Severity.INFO, ""),
    INVALID_BSN(Severity.ERROR, "0435"),
    AMOUNT_MISMATCH(Severity.WARNING, "0611"),
    INSURANCE_UNVERIFIED(Severity.WARNING, ""),
    TERMS_NOT_SOURCED_FOR_DATE(Severity.WARNING, "");

    private final Severity severity;
    private final String retourcode;

    FindingCode(Severity severity, String retourcode) {
        this.severity = severity;
        this.retourcode = retourcode;
    }

    public Severity severity() {
        return severity;
    }

    /** The Vektis retourcode (COD954), or "" where no payer code fits. */
    public String retourcode() {
        return retourcode;
    }
}
