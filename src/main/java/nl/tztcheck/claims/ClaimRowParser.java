package nl.tztcheck.claims;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.tztcheck.money.AmountParser;
import nl.tztcheck.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * Turns one CSV row into a claim line or a reject (spec section 1). Every problem of the row is
 * reported at once, each with what to do, so staff fix a row in one go.
 */
public final class ClaimRowParser {

    /** 31 days of minutes: no declaration line can hold more. */
    public static final int MAX_MINUTES = 31 * 24 * 60;

    private final CsvHeader header;
    private final LineClassifier classifier;
    private final char separator;
    private final ServiceDateWindow dates;

    /** Service dates are checked against today ({@link ServiceDateWindow#today()}). */
    public ClaimRowParser(CsvHeader header, LineClassifier classifier, char separator) {
        this(header, classifier, separator, ServiceDateWindow.today());
    }

    /**
     * @param dates the service dates accepted: from 2015 to a year after the run date
     */
    public ClaimRowParser(
            CsvHeader header, LineClassifier classifier, char separator, ServiceDateWindow dates) {
        this.header = header;
        this.classifier = classifier;
        this.separator = separator;
        this.dates = dates;
    }

    public RowResult parse(RawRow row) {
        String[] cells = row.cells();
        Problems problems = new Problems();
        if (row.problem() != null) {
            problems.add(RejectReasons.ROW, row.problem());
        }
        if (cells.length != header.width() && !onlyBlankBeyondHeader(cells)) {
            problems.add(
                    RejectReasons.ROW,
                    RejectReasons.get(
                            "row.cellCount", "cells", cells.length, "width", header.width()));
        }
        String lineId = required(cells, ClaimColumn.LINE_ID, problems);
        String clientId = required(cells, ClaimColumn.CLIENT_ID, problems);
        String bsn = header.get(cells, ClaimColumn.BSN);
        String uzovi = uzovi(required(cells, ClaimColumn.INSURER_UZOVI, problems), problems);
        String serviceCode = required(cells, ClaimColumn.SERVICE_CODE, problems);
        LocalDate date = date(required(cells, ClaimColumn.SERVICE_DATE, problems), dates, problems);
        Integer minutes = minutes(required(cells, ClaimColumn.MINUTES, problems), problems);
        Money tariff =
                money(
                        ClaimColumn.HOURLY_TARIFF,
                        required(cells, ClaimColumn.HOURLY_TARIFF, problems),
                        problems);
        String amountText = header.get(cells, ClaimColumn.AMOUNT);
        Money amount =
                amountText.isEmpty() ? null : money(ClaimColumn.AMOUNT, amountText, problems);
        Technology technology = technology(header.get(cells, ClaimColumn.TECHNOLOGY), problems);
        String product = emptyToNull(header.get(cells, ClaimColumn.PRODUCT));
        Law law = law(header.get(cells, ClaimColumn.LAW), problems);
        Boolean credit = debitCredit(header.get(cells, ClaimColumn.DEBIT_CREDIT), problems);
        String corrects = emptyToNull(header.get(cells, ClaimColumn.CORRECTS_LINE_ID));
        Boolean wlz = yesNo(header.get(cells, ClaimColumn.WLZ_INDICATION), problems);
        String approval = emptyToNull(header.get(cells, ClaimColumn.APPROVAL_REF));

        LineKind kind = LineKind.OTHER;
        if (!serviceCode.isEmpty() && uzovi != null && date != null) {
            kind = classifier.kindOf(serviceCode, uzovi, date);
            if (kind == LineKind.TECHNOLOGY
                    && technology == null
                    && !problems.has(ClaimColumn.TECHNOLOGY)) {
                problems.add(
                        ClaimColumn.TECHNOLOGY,
                        RejectReasons.get("technology.missing", "serviceCode", serviceCode));
            }
        }
        if (Boolean.TRUE.equals(credit) && corrects == null) {
            problems.add(ClaimColumn.CORRECTS_LINE_ID, RejectReasons.get("credit.noTarget"));
        }
        if (minutes != null
                && tariff != null
                && Money.forMinutes(minutes, tariff).cents() > AmountParser.MAX_CENTS) {
            problems.add(
                    ClaimColumn.MINUTES.header() + "," + ClaimColumn.HOURLY_TARIFF.header(),
                    RejectReasons.get(
                            "amount.computedOutOfRange",
                            "amount",
                            Money.forMinutes(minutes, tariff).toDutchString(),
                            "max",
                            AmountParser.maxInEuros()));
        }
        if (amount != null && amount.cents() < 0) {
            if (Boolean.TRUE.equals(credit)) {
                amount = amount.negate();
            } else {
                problems.add(ClaimColumn.AMOUNT, RejectReasons.get("amount.negativeDebit"));
            }
        }
        if (!problems.isEmpty()) {
            RawTextMasker.Masked masked = RawTextMasker.mask(row, header, separator);
            // a reason quotes cells, which may hold a client number or BSN too
            return new RowResult.Rejected(
                    new Reject(
                            row.lineNo(),
                            problems.fields(),
                            masked.maskAlso(problems.reasons()),
                            masked.text()));
        }
        // no problem above: every required cell was read
        int readMinutes = requireNonNull(minutes);
        Money readTariff = requireNonNull(tariff);
        boolean declared = amount != null;
        Money effectiveAmount = amount != null ? amount : Money.forMinutes(readMinutes, readTariff);
        ClaimLine line =
                new ClaimLine(
                        row.lineNo(),
                        lineId,
                        clientId,
                        emptyToNull(bsn),
                        requireNonNull(uzovi),
                        serviceCode,
                        requireNonNull(date),
                        readMinutes,
                        readTariff,
                        effectiveAmount,
                        declared,
                        technology,
                        product,
                        law == null ? Law.ZVW : law,
                        Boolean.TRUE.equals(credit),
                        Boolean.TRUE.equals(credit) ? corrects : null,
                        Boolean.TRUE.equals(wlz),
                        approval);
        return new RowResult.Accepted(line, kind);
    }

    /** The row's text with BSN and client number masked, fit for rejects.csv. */
    public String maskedRawText(RawRow row) {
        return RawTextMasker.mask(row, header, separator).text();
    }

    private String required(String[] cells, ClaimColumn column, Problems problems) {
        String value = header.get(cells, column);
        if (value.isEmpty()) {
            problems.add(column, RejectReasons.get("column.empty", "column", column.header()));
        }
        return value;
    }

    /**
     * Excel drops leading zeros from codes such as 0101 (Univé): pad numeric codes back to four
     * digits.
     */
    private static @Nullable String uzovi(String text, Problems problems) {
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > 4 || !isDigits(text)) {
            problems.add(
                    ClaimColumn.INSURER_UZOVI,
                    RejectReasons.get("uzovi.invalid", "value", RejectReasons.quoted(text)));
            return null;
        }
        return "0".repeat(4 - text.length()) + text;
    }

    private static @Nullable LocalDate date(
            String text, ServiceDateWindow dates, Problems problems) {
        if (text.isEmpty()) {
            return null;
        }
        Optional<LocalDate> date = DateParser.parse(text);
        if (date.isEmpty()) {
            problems.add(
                    ClaimColumn.SERVICE_DATE,
                    RejectReasons.get("date.notADate", "value", RejectReasons.quoted(text)));
            return null;
        }
        String outside = dates.problem(date.get());
        if (outside != null) {
            problems.add(ClaimColumn.SERVICE_DATE, outside);
            return null;
        }
        return date.get();
    }

    private static @Nullable Integer minutes(String text, Problems problems) {
        if (text.isEmpty()) {
            return null;
        }
        String digits = text.startsWith("-") ? text.substring(1) : text;
        if (!digits.isEmpty() && isDigits(digits)) {
            if (digits.length() > 9) {
                problems.add(
                        ClaimColumn.MINUTES,
                        RejectReasons.get(
                                "minutes.outOfRange",
                                "value",
                                RejectReasons.quoted(text),
                                "max",
                                MAX_MINUTES));
                return null;
            }
            int value = Integer.parseInt(text);
            if (value > MAX_MINUTES) {
                problems.add(
                        ClaimColumn.MINUTES,
                        RejectReasons.get("minutes.tooMany", "value", value, "max", MAX_MINUTES));
                return null;
            }
            if (value > 0) {
                return value;
            }
            problems.add(
                    ClaimColumn.MINUTES, RejectReasons.get("minutes.notPositive", "value", value));
            return null;
        }
        AmountParser.Problem notation = AmountParser.notation(text);
        String key =
                notation == null
                        ? "minutes.notAWholeNumber"
                        : switch (notation) {
                            case NOT_A_NUMBER -> "minutes.notANumber";
                            case SPREADSHEET_ERROR -> "minutes.spreadsheetError";
                            case SCIENTIFIC_NOTATION -> "minutes.scientificNotation";
                            case OUT_OF_RANGE -> "minutes.outOfRange";
                            default -> "minutes.notAWholeNumber";
                        };
        problems.add(
                ClaimColumn.MINUTES,
                RejectReasons.get(key, "value", RejectReasons.quoted(text), "max", MAX_MINUTES));
        return null;
    }

    private static @Nullable Money money(ClaimColumn column, String text, Problems problems) {
        if (text.isEmpty()) {
            return null;
        }
        AmountParser.Result money = AmountParser.read(text);
        if (!money.ok()) {
            String key =
                    switch (requireNonNull(money.problem())) {
                        case NOT_A_NUMBER -> "amount.notANumber";
                        case SPREADSHEET_ERROR -> "amount.spreadsheetError";
                        case SCIENTIFIC_NOTATION -> "amount.scientificNotation";
                        case TOO_MANY_DECIMALS -> "amount.tooManyDecimals";
                        case OUT_OF_RANGE -> "amount.outOfRange";
                        case NOT_AN_AMOUNT -> "amount.notAnAmount";
                    };
            problems.add(
                    column,
                    RejectReasons.get(
                            key,
                            "value",
                            RejectReasons.quoted(text),
                            "column",
                            column.header().replace('_', ' '),
                            "max",
                            AmountParser.maxInEuros()));
            return null;
        }
        if (column == ClaimColumn.HOURLY_TARIFF && requireNonNull(money.money()).cents() <= 0) {
            problems.add(
                    column,
                    RejectReasons.get("tariff.notPositive", "value", RejectReasons.quoted(text)));
            return null;
        }
        return money.money();
    }

    private static @Nullable Technology technology(String text, Problems problems) {
        if (text.isEmpty()) {
            return null;
        }
        Optional<Technology> t = Technology.parse(text);
        if (t.isEmpty()) {
            problems.add(
                    ClaimColumn.TECHNOLOGY,
                    RejectReasons.get("technology.invalid", "value", RejectReasons.quoted(text)));
        }
        return t.orElse(null);
    }

    private static @Nullable Law law(String text, Problems problems) {
        if (text.isEmpty()) {
            return null;
        }
        Optional<Law> law = Law.parse(text);
        if (law.isEmpty()) {
            problems.add(
                    ClaimColumn.LAW,
                    RejectReasons.get("law.invalid", "value", RejectReasons.quoted(text)));
        }
        return law.orElse(null);
    }

    private static @Nullable Boolean debitCredit(String text, Problems problems) {
        switch (text.toUpperCase(Locale.ROOT)) {
            case "", "D", "DEBET", "DEBIT" -> {
                return false;
            }
            case "C", "CREDIT" -> {
                return true;
            }
            default -> {
                problems.add(
                        ClaimColumn.DEBIT_CREDIT,
                        RejectReasons.get(
                                "debitCredit.invalid", "value", RejectReasons.quoted(text)));
                return null;
            }
        }
    }

    private static @Nullable Boolean yesNo(String text, Problems problems) {
        switch (text.toUpperCase(Locale.ROOT)) {
            case "", "N", "NEE", "NO", "FALSE", "0" -> {
                return false;
            }
            case "J", "JA", "Y", "YES", "TRUE", "1" -> {
                return true;
            }
            default -> {
                problems.add(
                        ClaimColumn.WLZ_INDICATION,
                        RejectReasons.get("yesNo.invalid", "value", RejectReasons.quoted(text)));
                return null;
            }
        }
    }

    /**
     * Trailing empty cells (a separator at the end of every row, as some exports write) are
     * harmless.
     */
    private boolean onlyBlankBeyondHeader(String[] cells) {
        if (cells.length < header.width()) {
            return false;
        }
        for (int i = header.width(); i < cells.length; i++) {
            if (cells[i] != null && !cells[i].isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static @Nullable String emptyToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** The problems of one row, in column order. */
    private static final class Problems {
        private final List<String> fields = new ArrayList<>();
        private final List<String> reasons = new ArrayList<>();

        void add(ClaimColumn column, String reason) {
            add(column.header(), reason);
        }

        void add(String field, String reason) {
            fields.add(field);
            reasons.add(reason);
        }

        boolean has(ClaimColumn column) {
            return fields.contains(column.header());
        }

        boolean isEmpty() {
            return fields.isEmpty();
        }

        String fields() {
            return String.join(",", fields);
        }

        String reasons() {
            return RejectReasons.join(reasons);
        }
    }
}
