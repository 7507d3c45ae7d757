package nl.tztcheck.comparison.wlz;

/** The parts of a zorgkantoor's tariff policy for V&amp;V, by their key in the YAML file. */
public enum Term {
    /** The richttarief: percentage of the NZa maximum tariff (nationally at most 95.5%). */
    BASE("base", "richttarief"),
    /** New providers: a change to the percentage, or a fixed percentage in their first year. */
    NEW_PROVIDER("newProvider", "new provider"),
    /** Surcharge for using proven labour-saving technology. */
    PROVEN_TECHNOLOGY("provenTechnology", "proven labour-saving technology"),
    /** Surcharge for agreed movements and goals. */
    AGREED_MOVEMENTS("agreedMovements", "agreed movements"),
    /** Multi-year employer surcharge. */
    EMPLOYER_SURCHARGE("employerSurcharge", "employer surcharge"),
    /** Surcharge on VPT production (applied to its share). */
    VPT_SURCHARGE("vptSurcharge", "VPT surcharge"),
    /** Surcharge on MPT production (applied to its share). */
    MPT_SURCHARGE("mptSurcharge", "MPT surcharge"),
    /** Range the percentage may be differentiated in, in percentage points. */
    DIFFERENTIATION("differentiation", "differentiation"),
    /**
     * The percentage for providers with a role in essential facilities (replaces the richttarief).
     */
    ESSENTIAL_FACILITIES("essentialFacilities", "essential facilities"),
    /** The highest percentage paid. */
    CEILING("ceiling", "ceiling");

    private final String key;
    private final String label;

    Term(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static java.util.Optional<Term> ofKey(String key) {
        return java.util.Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }
}
