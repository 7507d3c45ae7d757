package nl.tztcheck.verification;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON contract (docs/verification.md): request {@code
 * {"bsn":"123456782","date":"2024-03-31"}}, answer {@code
 * {"insured":true,"uzovi":"3311","from":"2020-01-01","to":null}} or {@code {"insured":false}}.
 * Unknown fields in the answer are ignored. Messages never quote the answer (it may echo the BSN).
 */
final class InsuranceJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private InsuranceJson() {}

    static String request(String bsn, LocalDate date) {
        return MAPPER.writeValueAsString(
                MAPPER.createObjectNode().put("bsn", bsn).put("date", date.toString()));
    }

    /**
     * @throws IllegalArgumentException saying what is wrong with the answer, without quoting it
     */
    static InsuranceAnswer answer(String body, LocalDate askedOn) {
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("the answer is not valid JSON");
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("the answer is not a JSON object");
        }
        JsonNode insured = root.get("insured");
        if (insured == null || !insured.isBoolean()) {
            throw new IllegalArgumentException("the answer has no boolean \"insured\"");
        }
        if (!insured.booleanValue()) {
            return InsuranceAnswer.notInsured(askedOn);
        }
        JsonNode uzovi = root.get("uzovi");
        if (uzovi == null || !uzovi.isString() || !uzovi.stringValue().matches("\\d{4}")) {
            throw new IllegalArgumentException("an insured answer needs \"uzovi\" as 4 digits");
        }
        LocalDate from = date(root, "from", true);
        LocalDate to = date(root, "to", false);
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("\"to\" is before \"from\"");
        }
        return InsuranceAnswer.insured(uzovi.stringValue(), from, to);
    }

    private static LocalDate date(JsonNode root, String field, boolean required) {
        JsonNode n = root.get(field);
        if (n == null || n.isNull()) {
            if (required) {
                throw new IllegalArgumentException(
                        "an insured answer needs \"" + field + "\" as YYYY-MM-DD");
            }
            return null;
        }
        try {
            if (!n.isString()) {
                throw new DateTimeParseException("not a string", "", 0);
            }
            return LocalDate.parse(n.stringValue());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + field + "\" is not a date as YYYY-MM-DD");
        }
    }
}
