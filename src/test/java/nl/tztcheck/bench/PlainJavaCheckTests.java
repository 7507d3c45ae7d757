package nl.tztcheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.tztcheck.profiles.CostFileReader;
import nl.tztcheck.profiles.CostTable;
import nl.tztcheck.profiles.ProfileSet;
import nl.tztcheck.samples.ClaimGenerator;
import nl.tztcheck.samples.ExportOrder;
import nl.tztcheck.samples.GeneratorOptions;
import nl.tztcheck.samples.GeneratorSummary;
import nl.tztcheck.samples.Mix;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lower bound reads exports in any order, in memory or through bucket files (issue 15). */
class PlainJavaCheckTests {

    private static ProfileSet profiles;
    private static CostTable costs;

    @TempDir Path dir;

    @BeforeAll
    static void load() {
        profiles = ProfileSet.load(Path.of("insurer-profiles"));
        costs = CostFileReader.read(Path.of("technology-costs.yaml"));
    }

    @Test
    void bucketsOnDiskGiveTheSameGroupsFindingsAndMoneyAsGroupingInMemory() throws Exception {
        GeneratorOptions options =
                GeneratorOptions.defaults()
                        .withClients(400)
                        .withMix(Mix.HEAVY)
                        .withOrder(ExportOrder.SHUFFLED);
        Path claims = dir.resolve("claims.csv");
        GeneratorSummary generated = ClaimGenerator.write(options, claims);
        Path spill = dir.resolve("spill");

        PlainJavaCheck.Result memory = PlainJavaCheck.run(claims, profiles, costs, 1, spill);
        PlainJavaCheck.Result disk = PlainJavaCheck.run(claims, profiles, costs, 7, spill);

        assertThat(memory.linesRead()).isEqualTo(generated.lines());
        assertThat(memory.findings()).isGreaterThan(generated.lines() / 2);
        assertThat(disk.buckets()).isEqualTo(7);
        assertThat(disk.linesRead()).isEqualTo(memory.linesRead());
        assertThat(disk.groups()).isEqualTo(memory.groups());
        assertThat(disk.findings()).isEqualTo(memory.findings());
        assertThat(disk.atRiskCents()).isEqualTo(memory.atRiskCents());
        try (var left = Files.list(spill)) {
            assertThat(left.toList()).as("bucket files removed").isEmpty();
        }
    }

    @Test
    void everyOrderOfOneExportGivesTheSameClientMonths() throws Exception {
        GeneratorOptions options = GeneratorOptions.defaults().withClients(300).withMix(Mix.HEAVY);
        long groups = -1;
        for (ExportOrder order : ExportOrder.values()) {
            Path claims = dir.resolve(order + ".csv");
            GeneratorSummary generated = ClaimGenerator.write(options.withOrder(order), claims);
            PlainJavaCheck.Result r = PlainJavaCheck.run(claims, profiles, costs, 3, dir);
            assertThat(r.linesRead()).as(order.name()).isEqualTo(generated.lines());
            if (groups >= 0) {
                assertThat(r.groups()).as(order.name()).isEqualTo(groups);
            }
            groups = r.groups();
        }
        assertThat(groups).isPositive();
    }

    @Test
    void aSmallExportIsGroupedInMemory() throws Exception {
        Path claims = dir.resolve("claims.csv");
        ClaimGenerator.write(GeneratorOptions.defaults().withClients(50), claims);
        assertThat(PlainJavaCheck.bucketsFor(claims)).isEqualTo(1);
    }
}
