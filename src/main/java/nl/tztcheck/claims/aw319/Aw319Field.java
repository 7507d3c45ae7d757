package nl.tztcheck.claims.aw319;

import java.util.ArrayList;
import java.util.List;

/**
 * Every field of the Vektis AW319 version 1.4 record layout (records 01, 02, 04, 98 and 99), with
 * its element number, start and end position (1-based, inclusive) and obligation, exactly as the
 * official layout lists them. The constant name is {@code F} plus the element number, so {@code
 * F0431} is "REFERENTIENUMMER DIT PRESTATIERECORD".
 */
public enum Aw319Field {
    F0101("01", "0101", "KENMERK RECORD", true, 1, 2, 'M'),
    F0102("01", "0102", "CODE EXTERNE-INTEGRATIEBERICHT", true, 3, 5, 'M'),
    F0103("01", "0103", "VERSIENUMMER BERICHTSTANDAARD", true, 6, 7, 'M'),
    F0104("01", "0104", "SUBVERSIENUMMER BERICHTSTANDAARD", true, 8, 9, 'C'),
    F0105("01", "0105", "SOORT BERICHT", false, 10, 10, 'M'),
    F0106("01", "0106", "CODE INFORMATIESYSTEEM SOFTWARELEVERANCIER", true, 11, 16, 'O'),
    F0107(
            "01",
            "0107",
            "VERSIEAANDUIDING INFORMATIESYSTEEM SOFTWARELEVERANCIER",
            false,
            17,
            26,
            'C'),
    F0108("01", "0108", "UZOVI-NUMMER", true, 27, 30, 'C'),
    F0109("01", "0109", "CODE SERVICEBUREAU", true, 31, 38, 'C'),
    F0110("01", "0110", "ZORGVERLENERSCODE", true, 39, 46, 'C'),
    F0111("01", "0111", "PRAKTIJKCODE", true, 47, 54, 'C'),
    F0112("01", "0112", "INSTELLINGSCODE", true, 55, 62, 'C'),
    F0113("01", "0113", "IDENTIFICATIECODE BETALING AAN", true, 63, 64, 'M'),
    F0114("01", "0114", "BEGINDATUM DECLARATIEPERIODE", true, 65, 72, 'M'),
    F0115("01", "0115", "EINDDATUM DECLARATIEPERIODE", true, 73, 80, 'M'),
    F0116("01", "0116", "FACTUURNUMMER DECLARANT", false, 81, 92, 'M'),
    F0117("01", "0117", "DAGTEKENING FACTUUR", true, 93, 100, 'M'),
    F0118("01", "0118", "BTW-IDENTIFICATIENUMMER", false, 101, 114, 'C'),
    F0119("01", "0119", "VALUTACODE", false, 115, 117, 'M'),
    F0180("01", "0180", "RESERVE", false, 118, 310, 'S'),
    F0201("02", "0201", "KENMERK RECORD", true, 1, 2, 'M'),
    F0202("02", "0202", "IDENTIFICATIE DETAILRECORD", true, 3, 14, 'M'),
    F0203("02", "0203", "BURGERSERVICENUMMER (BSN) VERZEKERDE", true, 15, 23, 'M'),
    F0204("02", "0204", "UZOVI-NUMMER", true, 24, 27, 'M'),
    F0205(
            "02",
            "0205",
            "VERZEKERDENNUMMER (INSCHRIJVINGSNUMMER, RELATIENUMMER)",
            false,
            28,
            42,
            'C'),
    F0206("02", "0206", "PATIENT(IDENTIFICATIE)NUMMER", false, 43, 53, 'O'),
    F0207("02", "0207", "DATUM GEBOORTE VERZEKERDE", true, 54, 61, 'M'),
    F0208("02", "0208", "CODE GESLACHT VERZEKERDE", true, 62, 62, 'M'),
    F0209("02", "0209", "NAAMCODE/NAAMGEBRUIK (01)", true, 63, 63, 'M'),
    F0210("02", "0210", "NAAM VERZEKERDE (01)", false, 64, 88, 'M'),
    F0211("02", "0211", "VOORVOEGSEL VERZEKERDE (01)", false, 89, 98, 'C'),
    F0212("02", "0212", "NAAMCODE/NAAMGEBRUIK (02)", true, 99, 99, 'C'),
    F0213("02", "0213", "NAAM VERZEKERDE (02)", false, 100, 124, 'C'),
    F0214("02", "0214", "VOORVOEGSEL VERZEKERDE (02)", false, 125, 134, 'C'),
    F0215("02", "0215", "VOORLETTERS VERZEKERDE", false, 135, 140, 'M'),
    F0216("02", "0216", "NAAMCODE/NAAMGEBRUIK (03)", true, 141, 141, 'C'),
    F0217("02", "0217", "POSTCODE (HUISADRES) VERZEKERDE", false, 142, 147, 'C'),
    F0218("02", "0218", "POSTCODE BUITENLAND", false, 148, 156, 'C'),
    F0219("02", "0219", "HUISNUMMER (HUISADRES) VERZEKERDE", true, 157, 161, 'C'),
    F0220("02", "0220", "HUISNUMMERTOEVOEGING (HUISADRES) VERZEKERDE", false, 162, 167, 'C'),
    F0221("02", "0221", "CODE LAND VERZEKERDE", false, 168, 169, 'C'),
    F0222("02", "0222", "DEBITEURNUMMER", false, 170, 180, 'C'),
    F0223("02", "0223", "INDICATIE CLIENT OVERLEDEN", true, 181, 181, 'M'),
    F0224("02", "0224", "CODE INDICATIEORGAAN", true, 182, 185, 'C'),
    F0225("02", "0225", "CLIËNTNUMMER INDICATIEORGAAN", false, 186, 205, 'C'),
    F0280("02", "0280", "RESERVE", false, 206, 310, 'S'),
    F0401("04", "0401", "KENMERK RECORD", true, 1, 2, 'M'),
    F0402("04", "0402", "IDENTIFICATIE DETAILRECORD", true, 3, 14, 'M'),
    F0403("04", "0403", "BURGERSERVICENUMMER (BSN) VERZEKERDE", true, 15, 23, 'M'),
    F0404("04", "0404", "UZOVI-NUMMER", true, 24, 27, 'M'),
    F0405(
            "04",
            "0405",
            "VERZEKERDENNUMMER (INSCHRIJVINGSNUMMER, RELATIENUMMER)",
            false,
            28,
            42,
            'C'),
    F0406("04", "0406", "MACHTIGINGSNUMMER", false, 43, 57, 'C'),
    F0407("04", "0407", "DOORSTUREN TOEGESTAAN", true, 58, 58, 'M'),
    F0408("04", "0408", "CODE INDICATIEORGAAN", true, 59, 62, 'C'),
    F0409("04", "0409", "CLIËNTNUMMER INDICATIEORGAAN", false, 63, 82, 'C'),
    F0410("04", "0410", "INDICATIE-AANVRAAGNUMMER INDICATIEORGAAN", true, 83, 91, 'C'),
    F0411("04", "0411", "INDICATIEBESLUITNUMMER INDICATIEORGAAN", true, 92, 100, 'C'),
    F0412("04", "0412", "FUNCTIECODE", true, 101, 102, 'C'),
    F0413("04", "0413", "ZORGZWAARTEPAKKETCODE", true, 103, 105, 'C'),
    F0414("04", "0414", "BEGINDATUM PRESTATIE", true, 106, 113, 'M'),
    F0415("04", "0415", "EINDDATUM PRESTATIE", true, 114, 121, 'M'),
    F0416("04", "0416", "AANDUIDING PRESTATIECODELIJST", true, 122, 124, 'M'),
    F0417("04", "0417", "PRESTATIECODE", false, 125, 129, 'M'),
    F0418("04", "0418", "AANTAL UITGEVOERDE PRESTATIES", true, 130, 133, 'M'),
    F0419("04", "0419", "TIJDSEENHEID ZORGPERIODE", true, 134, 135, 'C'),
    F0420("04", "0420", "ZORGVERLENERSCODE BEHANDELAAR/UITVOERDER", true, 136, 143, 'M'),
    F0421("04", "0421", "SPECIALISME BEHANDELAAR/UITVOERDER", true, 144, 147, 'C'),
    F0422("04", "0422", "ZORGVERLENERSCODE VOORSCHRIJVER/VERWIJZER", true, 148, 155, 'C'),
    F0423("04", "0423", "SPECIALISME VOORSCHRIJVER/VERWIJZER", true, 156, 159, 'C'),
    F0424("04", "0424", "VERREKENPERCENTAGE", true, 160, 164, 'C'),
    F0425("04", "0425", "TARIEF PRESTATIE (INCL. BTW)", true, 165, 172, 'M'),
    F0426("04", "0426", "BEREKEND BEDRAG (INCL. BTW)", true, 173, 180, 'M'),
    F0427("04", "0427", "INDICATIE DEBET/CREDIT (01)", false, 181, 181, 'M'),
    F0428("04", "0428", "BTW-PERCENTAGE DECLARATIEBEDRAG", true, 182, 185, 'C'),
    F0429("04", "0429", "DECLARATIEBEDRAG (INCL. BTW)", true, 186, 193, 'M'),
    F0430("04", "0430", "INDICATIE DEBET/CREDIT (02)", false, 194, 194, 'M'),
    F0431("04", "0431", "REFERENTIENUMMER DIT PRESTATIERECORD", false, 195, 214, 'M'),
    F0432(
            "04",
            "0432",
            "REFERENTIENUMMER VOORGAANDE GERELATEERDE PRESTATIERECORD",
            false,
            215,
            234,
            'C'),
    F0480("04", "0480", "RESERVE", false, 235, 310, 'S'),
    F9801("98", "9801", "KENMERK RECORD", true, 1, 2, 'M'),
    F9802("98", "9802", "IDENTIFICATIE DETAILRECORD", true, 3, 14, 'M'),
    F9803("98", "9803", "REGELNUMMER VRIJE TEKST", true, 15, 18, 'M'),
    F9804("98", "9804", "VRIJE TEKST", false, 19, 158, 'M'),
    F9880("98", "9880", "RESERVE", false, 159, 310, 'S'),
    F9901("99", "9901", "KENMERK RECORD", true, 1, 2, 'M'),
    F9902("99", "9902", "AANTAL VERZEKERDENRECORDS", true, 3, 8, 'M'),
    F9903("99", "9903", "AANTAL DEBITEURRECORDS", true, 9, 14, 'C'),
    F9904("99", "9904", "AANTAL PRESTATIERECORDS", true, 15, 20, 'M'),
    F9905("99", "9905", "AANTAL COMMENTAARRECORDS", true, 21, 26, 'C'),
    F9906("99", "9906", "TOTAAL AANTAL DETAILRECORDS", true, 27, 33, 'M'),
    F9907("99", "9907", "TOTAAL DECLARATIEBEDRAG", true, 34, 44, 'C'),
    F9908("99", "9908", "INDICATIE DEBET/CREDIT", false, 45, 45, 'M'),
    F9980("99", "9980", "RESERVE", false, 46, 310, 'S');

    private final String recordType;
    private final String element;
    private final String label;
    private final boolean numeric;
    private final int start;
    private final int end;
    private final char obligation;

    Aw319Field(
            String recordType,
            String element,
            String label,
            boolean numeric,
            int start,
            int end,
            char obligation) {
        this.recordType = recordType;
        this.element = element;
        this.label = label;
        this.numeric = numeric;
        this.start = start;
        this.end = end;
        this.obligation = obligation;
    }

    /** "01", "02", "04", "98" or "99". */
    public String recordType() {
        return recordType;
    }

    /** The element number as Vektis writes it, e.g. "0431" or "9804". */
    public String element() {
        return element;
    }

    /** The official name, e.g. "DECLARATIEBEDRAG (INCL. BTW)". */
    public String label() {
        return label;
    }

    /** N (numeric, right-aligned, zero-padded) rather than AN (left-aligned, space-padded). */
    public boolean numeric() {
        return numeric;
    }

    /** First position, 1-based. */
    public int start() {
        return start;
    }

    /** Last position, 1-based, inclusive. */
    public int end() {
        return end;
    }

    public int length() {
        return end - start + 1;
    }

    /** M mandatory, C conditional, O optional, S reserve (spaces). */
    public char obligation() {
        return obligation;
    }

    public boolean reserve() {
        return obligation == 'S';
    }

    /** The fields of one record type, in position order. */
    public static List<Aw319Field> of(String recordType) {
        List<Aw319Field> fields = new ArrayList<>();
        for (Aw319Field f : values()) {
            if (f.recordType.equals(recordType)) {
                fields.add(f);
            }
        }
        return fields;
    }

    /** "0429 DECLARATIEBEDRAG (INCL. BTW)". */
    public String describe() {
        return element + " " + label;
    }
}
