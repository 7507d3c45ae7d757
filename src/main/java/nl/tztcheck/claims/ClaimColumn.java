package nl.tztcheck.claims;

import java.util.Locale;
import java.util.Optional;

/** The columns of a claims export (spec section 1), with the Dutch alias accepted for each. */
public enum ClaimColumn {
    LINE_ID("line_id", "regel_id", true),
    CLIENT_ID("client_id", "clientnummer", true),
    BSN("bsn", "bsn", false),
    INSURER_UZOVI("insurer_uzovi", "uzovi", true),
    SERVICE_CODE("service_code", "prestatiecode", true),
    SERVICE_DATE("service_date", "datum", true),
    MINUTES("minutes", "minuten", true),
    HOURLY_TARIFF("hourly_tariff", "uurtarief", true),
    AMOUNT("amount", "bedrag", false),
    TECHNOLOGY("technology", "technologie", false),
    PRODUCT("product", "product", false),
    LAW("law", "wet", false),
    DEBIT_CREDIT("debit_credit", "debet_credit", false),
    CORRECTS_LINE_ID("corrects_line_id", "referentie_voorgaand", false),
    WLZ_INDICATION("wlz_indication", "wlz_indicatie", false),
    APPROVAL_REF("approval_ref", "toestemming", false);

    private final String header;
    private final String alias;
    private final boolean required;

    ClaimColumn(String header, String alias, boolean required) {
        this.header = header;
        this.alias = alias;
        this.required = required;
    }

    public String header() {
        return header;
    }

    public String alias() {
        return alias;
    }

    /**
     * Required in the header; technology and corrects_line_id are required per row, for some rows.
     */
    public boolean required() {
        return required;
    }

    /**
     * The column a header cell names: the English name or the Dutch alias, in any case, with or
     * without accents, with spaces or hyphens for underscores ({@code Cliëntnummer}, {@code Regel
     * ID}, {@code DATUM}).
     */
    public static Optional<ClaimColumn> forHeader(String name) {
        String n =
                java.text.Normalizer.normalize(name.trim(), java.text.Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "")
                        .toLowerCase(Locale.ROOT)
                        .replaceAll("[\\s-]+", "_");
        for (ClaimColumn c : values()) {
            if (c.header.equals(n) || c.alias.equals(n)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
