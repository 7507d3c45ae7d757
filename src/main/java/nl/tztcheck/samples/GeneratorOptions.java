package nl.tztcheck.samples;

import java.time.YearMonth;

/**
 * What to generate. The same options always give the same bytes.
 *
 * @param clients number of clients; each has lines in every month
 * @param firstMonth the first calendar month of service dates
 * @param months number of consecutive months
 * @param seed the seed of every random choice
 * @param style Dutch Excel or plain
 * @param badRows whether to write a few deliberately unreadable rows (about 1 in 2,500) that the
 *     check must reject: an impossible date, negative minutes, an unknown technology word, an empty
 *     tariff
 * @param mix light (realistic) or heavy (findings on most lines)
 * @param order the order of the rows in the file
 */
public record GeneratorOptions(
        int clients,
        YearMonth firstMonth,
        int months,
        long seed,
        Style style,
        boolean badRows,
        Mix mix,
        ExportOrder order) {

    public static final int DEFAULT_CLIENTS = 2000;
    public static final YearMonth DEFAULT_FIRST_MONTH = YearMonth.of(2024, 1);
    public static final int DEFAULT_MONTHS = 3;
    public static final long DEFAULT_SEED = 42;

    public GeneratorOptions {
        if (clients < 1) {
            throw new IllegalArgumentException("clients must be at least 1, not " + clients);
        }
        if (months < 1 || months > 1200) {
            throw new IllegalArgumentException("months must be between 1 and 1200, not " + months);
        }
        if (firstMonth == null || style == null || mix == null || order == null) {
            throw new IllegalArgumentException("firstMonth, style, mix and order are required");
        }
        if (firstMonth.getYear() < 1900 || firstMonth.plusMonths(months - 1L).getYear() > 9999) {
            throw new IllegalArgumentException(
                    "the months must lie between the years 1900 and 9999");
        }
    }

    /** The light mix in client order: the bytes the generator has always written. */
    public GeneratorOptions(
            int clients,
            YearMonth firstMonth,
            int months,
            long seed,
            Style style,
            boolean badRows) {
        this(clients, firstMonth, months, seed, style, badRows, Mix.LIGHT, ExportOrder.CLIENT);
    }

    /**
     * The defaults the shipped realistic sample was made with: 2,000 clients, 2024-01 to 2024-03,
     * seed 42, Excel.
     */
    public static GeneratorOptions defaults() {
        return new GeneratorOptions(
                DEFAULT_CLIENTS,
                DEFAULT_FIRST_MONTH,
                DEFAULT_MONTHS,
                DEFAULT_SEED,
                Style.EXCEL,
                true);
    }

    public GeneratorOptions withClients(int n) {
        return new GeneratorOptions(n, firstMonth, months, seed, style, badRows, mix, order);
    }

    public GeneratorOptions withMonths(YearMonth first, int n) {
        return new GeneratorOptions(clients, first, n, seed, style, badRows, mix, order);
    }

    public GeneratorOptions withSeed(long s) {
        return new GeneratorOptions(clients, firstMonth, months, s, style, badRows, mix, order);
    }

    public GeneratorOptions withStyle(Style s) {
        return new GeneratorOptions(clients, firstMonth, months, seed, s, badRows, mix, order);
    }

    public GeneratorOptions withBadRows(boolean b) {
        return new GeneratorOptions(clients, firstMonth, months, seed, style, b, mix, order);
    }

    public GeneratorOptions withMix(Mix m) {
        return new GeneratorOptions(clients, firstMonth, months, seed, style, badRows, m, order);
    }

    public GeneratorOptions withOrder(ExportOrder o) {
        return new GeneratorOptions(clients, firstMonth, months, seed, style, badRows, mix, o);
    }

    public YearMonth lastMonth() {
        return firstMonth.plusMonths(months - 1L);
    }
}
