package nl.tztcheck.samples;

import java.util.List;

/**
 * The insurer labels generated clients are spread over, with the tariffs a provider would fill in
 * and the 1062 ceiling its contract sets. The figures mirror the shipped (illustrative) profiles in
 * {@code insurer-profiles/} so that most lines sit at or below the ceiling; they only shape the
 * sample data and decide nothing in the check, which reads the profiles themselves.
 *
 * @param weight share of clients, per thousand
 * @param approvalShare share of this label's technology clients whose lines carry an approval
 *     reference
 * @param tariffs2024 V, PV and the 1062 ceiling per hour in cents, for 2024 and earlier
 * @param tariffs2025 the same from 2025 on
 */
record SampleInsurer(
        String uzovi,
        int weight,
        String approvalPrefix,
        double approvalShare,
        Tariffs tariffs2024,
        Tariffs tariffs2025) {

    /** V and PV tariffs and the 1062 ceiling per hour, in cents. */
    record Tariffs(long v, long pv, long ceiling) {}

    Tariffs tariffsIn(int year) {
        return year >= 2025 ? tariffs2025 : tariffs2024;
    }

    private static SampleInsurer of(
            String uzovi, int weight, String prefix, double approvalShare, Tariffs both) {
        return new SampleInsurer(uzovi, weight, prefix, approvalShare, both, both);
    }

    /** A UZOVI code no shipped profile knows: its lines come out as NO_PROFILE. */
    static final String UNKNOWN_UZOVI = "9999";

    private static final Tariffs ZK_2024 = new Tariffs(8000, 6200, 6200);
    private static final Tariffs ZK_2025 = new Tariffs(8200, 6400, 6400);
    private static final Tariffs VGZ = new Tariffs(7950, 6380, 6380);
    private static final Tariffs CZ = new Tariffs(8100, 6500, 6500);
    private static final Tariffs MENZIS = new Tariffs(7800, 6250, 6250);
    private static final Tariffs DSW = new Tariffs(8400, 6600, 8400);
    private static final Tariffs ZZ = new Tariffs(8050, 6300, 8050);
    private static final Tariffs ONVZ = new Tariffs(8300, 6450, 6000);
    private static final Tariffs ASR = new Tariffs(7900, 6300, 5670);
    private static final Tariffs NZA_MAXIMA = new Tariffs(8835, 6794, 6794);

    /** Weights add up to 1000: mostly the big concerns, a small share on an unknown code. */
    static final List<SampleInsurer> ALL =
            List.of(
                    new SampleInsurer("3311", 170, "ZK-TZT-", 0.85, ZK_2024, ZK_2025),
                    new SampleInsurer("3313", 40, "ZK-TZT-", 0.85, ZK_2024, ZK_2025),
                    new SampleInsurer("3351", 30, "ZK-TZT-", 0.85, ZK_2024, ZK_2025),
                    new SampleInsurer("3358", 20, "ZK-TZT-", 0.85, ZK_2024, ZK_2025),
                    of("7095", 160, "VGZ-", 0.30, VGZ),
                    of("0101", 40, "VGZ-", 0.30, VGZ),
                    of("9664", 220, "", 0, CZ),
                    of("3332", 90, "", 0, MENZIS),
                    of("7029", 65, "", 0, DSW),
                    of("7085", 55, "", 0, ZZ),
                    of("3343", 30, "", 0, ONVZ),
                    of("3365", 10, "", 0, ONVZ),
                    of("9018", 50, "", 0, ASR),
                    of(UNKNOWN_UZOVI, 20, "", 0, NZA_MAXIMA));

    static SampleInsurer pick(SeededRandom random) {
        int r = random.nextInt(1000);
        for (SampleInsurer i : ALL) {
            r -= i.weight;
            if (r < 0) {
                return i;
            }
        }
        return ALL.get(ALL.size() - 1);
    }
}
