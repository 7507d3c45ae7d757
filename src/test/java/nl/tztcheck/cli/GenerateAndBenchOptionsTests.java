package nl.tztcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.tztcheck.samples.ClaimGenerator;
import nl.tztcheck.samples.ExportOrder;
import nl.tztcheck.samples.GeneratorOptions;
import nl.tztcheck.samples.Mix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** generate --mix/--order and bench --orders/--mix (issue 15). */
class GenerateAndBenchOptionsTests {

    @TempDir Path dir;

    @SuppressWarnings("unchecked")
    private static <T> T parsed(String... args) {
        CommandLine fresh = CommandLineErrors.install(new CommandLine(new TztCheckCli()));
        List<CommandLine> parsed = fresh.parseArgs(args).asCommandLineList();
        return (T) parsed.get(parsed.size() - 1).getCommand();
    }

    @Test
    void generateWritesTheMixAndOrderAskedForAndSaysSo() throws Exception {
        Path file = dir.resolve("claims.csv");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream original = System.out;
        int exit;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            exit =
                    TztCheckCli.execute(
                            "generate",
                            "--out-file",
                            file.toString(),
                            "--clients",
                            "40",
                            "--mix",
                            "zwaar",
                            "--order",
                            "willekeurig");
        } finally {
            System.setOut(original);
        }
        assertThat(exit).isZero();
        Path expected = dir.resolve("expected.csv");
        ClaimGenerator.write(
                GeneratorOptions.defaults()
                        .withClients(40)
                        .withMix(Mix.HEAVY)
                        .withOrder(ExportOrder.SHUFFLED),
                expected);
        assertThat(Files.readAllBytes(file)).isEqualTo(Files.readAllBytes(expected));
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("heavy mix, shuffled order");
    }

    @Test
    void generateDefaultsToTheLightMixInClientOrder() {
        GenerateCommand generate = parsed("generate", "--out-file", "x.csv");
        assertThat(generate.mix).isEqualTo(Mix.LIGHT);
        assertThat(generate.order).isEqualTo(ExportOrder.CLIENT);
        GenerateCommand dutch =
                parsed("generate", "--out-file", "x.csv", "--mix", "Licht", "--order", "datum");
        assertThat(dutch.mix).isEqualTo(Mix.LIGHT);
        assertThat(dutch.order).isEqualTo(ExportOrder.DATE);
    }

    @Test
    void benchMeasuresEveryOrderOfTheHeavyMixUnlessToldOtherwise() {
        BenchCommand bench = parsed("bench");
        assertThat(bench.orders)
                .containsExactly(ExportOrder.DATE, ExportOrder.SHUFFLED, ExportOrder.CLIENT);
        assertThat(bench.mix).isEqualTo(Mix.HEAVY);
        assertThat(bench.duckDbJar).isNull();
        BenchCommand one = parsed("bench", "--orders", "shuffled", "--mix", "light");
        assertThat(one.orders).containsExactly(ExportOrder.SHUFFLED);
        assertThat(one.mix).isEqualTo(Mix.LIGHT);
    }

    @Test
    void aWrongOrderOrAMissingDuckDbJarIsAUserMistake() {
        List<String> errors = new ArrayList<>();
        PrintStream originalErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int badOrder;
        int noJar;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            badOrder =
                    TztCheckCli.execute(
                            "generate",
                            "--out-file",
                            dir.resolve("x.csv").toString(),
                            "--order",
                            "invoice");
            noJar =
                    TztCheckCli.execute(
                            "bench",
                            "--work",
                            dir.toString(),
                            "--duckdb-jar",
                            dir.resolve("absent.jar").toString());
        } finally {
            System.setErr(originalErr);
        }
        errors.add(err.toString(StandardCharsets.UTF_8));
        assertThat(badOrder).isEqualTo(2);
        assertThat(noJar).isEqualTo(2);
        assertThat(errors.get(0)).contains("invoice").contains("absent.jar");
        assertThat(Files.exists(dir.resolve("x.csv"))).isFalse();
    }
}
