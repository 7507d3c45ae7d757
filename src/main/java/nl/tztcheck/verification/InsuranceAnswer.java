package nl.tztcheck.verification;

import java.time.LocalDate;
import java.util.Objects;
import nl.tztcheck.rules.Insurance;

/**
 * What the insurance service said about one person (the BSN is not kept here).
 *
 * @param uzovi the insurer (INSURED), else null
 * @param insuredFrom first day of the insurance (INSURED), else null
 * @param insuredTo last day, inclusive; null when open-ended or not insured
 * @param detail for NOT_INSURED and UNAVAILABLE: what was asked or why the service did not answer
 */
public record InsuranceAnswer(
        Status status, String uzovi, LocalDate insuredFrom, LocalDate insuredTo, String detail) {

    public enum Status {
        INSURED,
        NOT_INSURED,
        UNAVAILABLE
    }

    public InsuranceAnswer {
        Objects.requireNonNull(status, "status");
        detail = detail == null ? "" : detail;
    }

    public static InsuranceAnswer insured(String uzovi, LocalDate from, LocalDate to) {
        return new InsuranceAnswer(Status.INSURED, uzovi, from, to, "");
    }

    public static InsuranceAnswer notInsured(LocalDate askedOn) {
        return new InsuranceAnswer(
                Status.NOT_INSURED, null, null, null, "not insured on " + askedOn);
    }

    public static InsuranceAnswer unavailable(String reason) {
        return new InsuranceAnswer(Status.UNAVAILABLE, null, null, null, reason);
    }

    /** Whether the client was insured with {@code declaredUzovi} on {@code serviceDate}. */
    public Judgement judge(String declaredUzovi, LocalDate serviceDate) {
        return switch (status) {
            case UNAVAILABLE ->
                    new Judgement(
                            Judgement.Outcome.UNVERIFIED,
                            "the insurance check could not answer ("
                                    + detail
                                    + "); verify the insurance in VECOZO before declaring");
            case NOT_INSURED ->
                    new Judgement(
                            Judgement.Outcome.NOT_INSURED_WITH_INSURER,
                            "the insurance check found no health insurance on " + serviceDate);
            case INSURED -> judgeInsured(declaredUzovi, serviceDate);
        };
    }

    private Judgement judgeInsured(String declaredUzovi, LocalDate serviceDate) {
        boolean covers =
                (insuredFrom == null || !serviceDate.isBefore(insuredFrom))
                        && (insuredTo == null || !serviceDate.isAfter(insuredTo));
        if (!covers) {
            return new Judgement(
                    Judgement.Outcome.NOT_INSURED_WITH_INSURER,
                    "the insurance with UZOVI "
                            + uzovi
                            + " runs "
                            + period()
                            + ", not on "
                            + serviceDate);
        }
        if (!uzovi.equals(declaredUzovi)) {
            return new Judgement(
                    Judgement.Outcome.NOT_INSURED_WITH_INSURER,
                    "on "
                            + serviceDate
                            + " the client was insured with UZOVI "
                            + uzovi
                            + ", not with the declared "
                            + declaredUzovi);
        }
        return Judgement.OK;
    }

    private String period() {
        return (insuredFrom == null ? "" : "from " + insuredFrom)
                + (insuredTo == null ? " (open-ended)" : " until " + insuredTo);
    }

    /** The same answer in the form the rules read ({@link nl.tztcheck.rules.InsuranceLookup}). */
    public Insurance toInsurance() {
        return switch (status) {
            case INSURED -> new Insurance(Insurance.State.INSURED, uzovi, insuredFrom, insuredTo);
            case NOT_INSURED -> new Insurance(Insurance.State.NOT_INSURED, null, null, null);
            case UNAVAILABLE -> Insurance.UNAVAILABLE;
        };
    }
}
