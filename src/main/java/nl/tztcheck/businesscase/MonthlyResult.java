package nl.tztcheck.businesscase;

import nl.tztcheck.money.Money;

/**
 * One client-month of the business case, every term rounded to whole cents half up on its own
 * (issue 16 point 2).
 *
 * @param plannedMinutes 1062 minutes declared
 * @param allowedMinutes of those, what the insurer's caps allow (0 when it pays nothing)
 * @param savedMinutes regular minutes saved
 * @param paidPerHour min(agreed tariff, ceiling): what an allowed hour brings
 * @param regularPerHour the agreed tariff of the regular care saved
 * @param reimbursement allowed x paid per hour / 60
 * @param device the monthly device cost
 * @param monitoring monitoring minutes x staff cost / 60
 * @param lostRegular saved x regular tariff / 60: regular revenue the provider no longer declares
 * @param staffFreed saved x staff cost / 60: staff cost the provider no longer spends
 */
public record MonthlyResult(
        int plannedMinutes,
        int allowedMinutes,
        int savedMinutes,
        Money paidPerHour,
        Money regularPerHour,
        Money reimbursement,
        Money device,
        Money monitoring,
        Money lostRegular,
        Money staffFreed) {

    /** reimbursement - device - monitoring - lost regular revenue + staff time freed. */
    public Money provider() {
        return reimbursement.minus(device).minus(monitoring).minus(lostRegular).plus(staffFreed);
    }

    /** lost regular revenue (what the insurer no longer pays for regular care) - reimbursement. */
    public Money insurer() {
        return lostRegular.minus(reimbursement);
    }
}
