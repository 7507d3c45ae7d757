package nl.tztcheck.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import nl.tztcheck.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The device list of {@code check --devices}: read like the export, every mistake reported at once
 * with line and column.
 */
class DeviceListTests {

    /** The UZOVI codes the test's profiles know. */
    private static final Predicate<String> KNOWN = Set.of("3332", "9664", "0101")::contains;

    @TempDir Path dir;

    @Test
    void readsTheDutchExcelStyleWithAnEmptyEndAsStillInUse() throws IOException {
        // given Dutch headers (accents and capitals as Excel leaves them), ';', Dutch dates and
        // Excel's 101 for Univé's 0101
        Path csv =
                write(
                        "\ufeffCliëntnummer;UZOVI;Product;Van;Tot\r\n"
                                + "CL000007;3332;Medido;15-11-2023;\r\n"
                                + "\r\n"
                                + "CL000008;101;Compaan;01-01-2024;31-01-2024\r\n");

        // when
        List<DeviceList.Device> devices = DeviceList.load(csv, KNOWN).devices();

        // then both rows are read, the blank row is skipped, 101 is padded back and an empty end is
        // still in use
        assertThat(devices)
                .containsExactly(
                        new DeviceList.Device(
                                2,
                                "CL000007",
                                "3332",
                                "Medido",
                                Optional.empty(),
                                LocalDate.of(2023, 11, 15),
                                Optional.empty()),
                        new DeviceList.Device(
                                4,
                                "CL000008",
                                "0101",
                                "Compaan",
                                Optional.empty(),
                                LocalDate.of(2024, 1, 1),
                                Optional.of(LocalDate.of(2024, 1, 31))));
    }

    @Test
    void readsTheEnglishHeaderWithCommasAndAnOptionalTechnology() throws IOException {
        // given
        Path csv =
                write(
                        "client_id,insurer_uzovi,product,technology,from,to\nC1,9664,,OTHER,2024-02-10,\n");

        // when
        DeviceList.Device d = DeviceList.load(csv, KNOWN).devices().get(0);

        // then
        assertThat(d.product()).isEmpty();
        assertThat(d.technology()).contains(Technology.OTHER);
        assertThat(d.from()).isEqualTo(LocalDate.of(2024, 2, 10));
    }

    @Test
    void aDeviceCountsInEveryMonthItIsInUseOnAtLeastOneDay() throws IOException {
        // given a device from 31 January to 1 March
        DeviceList.Device d =
                DeviceList.load(
                                write(
                                        "clientnummer;uzovi;product;van;tot\nC1;3332;Medido;31-01-2024;01-03-2024\n"),
                                KNOWN)
                        .devices()
                        .get(0);

        // then January and March count (one day each), December and April do not
        assertThat(d.inUse(YearMonth.of(2023, 12))).isFalse();
        assertThat(d.inUse(YearMonth.of(2024, 1))).isTrue();
        assertThat(d.inUse(YearMonth.of(2024, 2))).isTrue();
        assertThat(d.inUse(YearMonth.of(2024, 3))).isTrue();
        assertThat(d.inUse(YearMonth.of(2024, 4))).isFalse();
    }

    @Test
    void listsEveryMistakeOfTheFileAtOnceWithItsLineAndColumn() throws IOException {
        // given a bad date (line 2), an unknown UZOVI (line 3), neither product nor technology
        // (line 4), an end before the
        // start (line 5), an unknown technology word (line 6) and one good row (line 7)
        Path csv =
                write(
                        "clientnummer;uzovi;product;technologie;van;tot\n"
                                + "CL1;3332;Medido;;30-02-2024;\n"
                                + "CL2;1234;Medido;;01-01-2024;\n"
                                + "CL3;3332;;;01-01-2024;\n"
                                + "CL4;9664;Medido;;01-03-2024;01-02-2024\n"
                                + "CL5;9664;Medido;PILLEN;01-03-2024;\n"
                                + "CL6;9664;Medido;;01-03-2024;\n");

        // when
        InvalidDeviceListException e =
                catchThrowableOfType(
                        InvalidDeviceListException.class, () -> DeviceList.load(csv, KNOWN));

        // then each is named with its line and its column as the header names it, in Dutch by
        // default, and no client
        // number is quoted
        assertThat(e.problems())
                .extracting(UnusableInputException::line, UnusableInputException::field)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2L, "van"),
                        org.assertj.core.groups.Tuple.tuple(3L, "uzovi"),
                        org.assertj.core.groups.Tuple.tuple(4L, "product"),
                        org.assertj.core.groups.Tuple.tuple(5L, "tot"),
                        org.assertj.core.groups.Tuple.tuple(6L, "technologie"));
        List<String> dutch = e.problems().stream().map(p -> p.describe(Language.NL)).toList();
        assertThat(dutch.get(0))
                .contains(
                        "devices.csv",
                        "regel 2",
                        "veld van",
                        "'30-02-2024' is geen datum",
                        "01-03-2024");
        assertThat(dutch.get(1))
                .contains("regel 3", "UZOVI-code 1234 staat in geen enkel verzekeraarsprofiel");
        assertThat(dutch.get(3)).contains("regel 5", "tot 2024-02-01 ligt voor van 2024-03-01");
        assertThat(String.join("\n", dutch)).doesNotContain("CL1", "CL2", "CL3", "CL4", "CL5");
        assertThat(e.problems().get(1).describe(Language.EN))
                .contains("line 3", "UZOVI code 1234 is in no insurer profile");
    }

    @Test
    void aMissingColumnIsNamedInBothItsNames() throws IOException {
        // given a header without a start date
        Path csv = write("clientnummer;uzovi;product;tot\nCL1;3332;Medido;\n");

        // when
        InvalidDeviceListException e =
                catchThrowableOfType(
                        InvalidDeviceListException.class, () -> DeviceList.load(csv, KNOWN));

        // then
        assertThat(e.problems())
                .singleElement()
                .satisfies(
                        p -> {
                            assertThat(p.line()).isEqualTo(1);
                            assertThat(p.describe(Language.NL))
                                    .contains(
                                            "de kopregel mist de kolom from (van)",
                                            "clientnummer;uzovi;product;van;tot");
                        });
    }

    @Test
    void aMissingFileIsOneProblemSayingWhatToPass() {
        // when
        InvalidDeviceListException e =
                catchThrowableOfType(
                        InvalidDeviceListException.class,
                        () -> DeviceList.load(dir.resolve("absent.csv"), KNOWN));

        // then
        assertThat(e.problems())
                .singleElement()
                .satisfies(
                        p ->
                                assertThat(p.describe(Language.NL))
                                        .contains(
                                                "de apparatenlijst bestaat niet of kan niet worden gelezen",
                                                "--devices"));
    }

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("devices.csv"), text, StandardCharsets.UTF_8);
    }
}
