package nl.tztcheck.batch;

import java.sql.ResultSet;
import java.sql.SQLException;
import nl.tztcheck.claims.ClaimLine;
import nl.tztcheck.claims.Law;
import nl.tztcheck.claims.Technology;
import nl.tztcheck.money.Money;
import nl.tztcheck.rules.Correction;

/**
 * Maps staged rows (the columns of {@link StagingTables#LINE_COLUMNS}) back to core values: the
 * line's client id is the staging key, its BSN a stand-in of the staged {@link BsnState}.
 */
final class ClaimLineRows {

    static final String COLUMNS = String.join(", ", StagingTables.LINE_COLUMNS);

    private ClaimLineRows() {}

    static ClaimLine line(ResultSet rs) throws SQLException {
        String tech = rs.getString("technology");
        return new ClaimLine(
                rs.getLong("line_no"),
                rs.getString("line_id"),
                rs.getString("client_id"),
                BsnState.ofCode(rs.getString("bsn_state")).standIn(),
                rs.getString("uzovi"),
                rs.getString("service_code"),
                rs.getObject("service_date", java.time.LocalDate.class),
                rs.getInt("minutes"),
                Money.cents(rs.getLong("tariff_cents")),
                Money.cents(rs.getLong("amount_cents")),
                rs.getBoolean("amount_declared"),
                tech == null ? null : Technology.valueOf(tech),
                rs.getString("product"),
                Law.valueOf(rs.getString("law")),
                rs.getBoolean("credit"),
                rs.getString("corrects_line_id"),
                rs.getBoolean("wlz_indication"),
                rs.getString("approval_ref"));
    }

    /** The correction recorded by the prepare step, or null. */
    static Correction correction(ResultSet rs) throws SQLException {
        String kind = rs.getString("correction");
        if (kind == null) {
            return null;
        }
        String ref = rs.getString("correction_ref");
        String reason = rs.getString("correction_reason");
        return new Correction(Correction.Kind.valueOf(kind), ref, reason == null ? "" : reason);
    }
}
