package nl.tztcheck.claims.aw319;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.tztcheck.claims.InputInspection;
import nl.tztcheck.claims.Technology;
import nl.tztcheck.claims.UnusableInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The TZT= comment convention and the client-to-technology mapping file. */
class Aw319TechnologyTests {

    @TempDir Path dir;

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "TZT=MEDICATION                     | MEDICATION |",
                "TZT=VIDEO;product=Medido           | VIDEO      | Medido",
                "  tzt=beeldzorg ; Product = Compaan | VIDEO      | Compaan",
                "TZT=OVERIG;product=                | OTHER      |",
                "TZT=MEDICATIE;batch=7;product=Med Minder | MEDICATION | Med Minder"
            })
    void aTechnologyCommentIsRead(String text, Technology technology, String product) {
        // when the free text is read
        TztComment c = TztComment.parse(text);

        // then
        assertThat(c.technology()).isEqualTo(technology);
        assertThat(c.product()).isEqualTo(product);
    }

    @Test
    void aCommentIsWrittenInTheConventionsForm() {
        assertThat(new TztComment(Technology.VIDEO, "Medido").format())
                .isEqualTo("TZT=VIDEO;product=Medido");
        assertThat(new TztComment(Technology.MEDICATION, null).format())
                .isEqualTo("TZT=MEDICATION");
    }

    @Test
    void otherCommentsAreNotTechnologyCommentsAndAnUnknownWordIsExplained() {
        assertThat(TztComment.isTztComment("client prefers mornings")).isFalse();
        assertThat(TztComment.isTztComment("TZT")).isFalse();
        assertThatThrownBy(() -> TztComment.parse("TZT=ROBOT"))
                .isInstanceOf(IllegalArgumentException.class)
                .satisfies(
                        e ->
                                assertThat(
                                                nl.tztcheck.claims.RejectReasons.render(
                                                        e.getMessage(),
                                                        nl.tztcheck.i18n.Language.EN))
                                        .isEqualTo(
                                                "'ROBOT' is not a technology; the comment must read TZT=MEDICATION, TZT=VIDEO or TZT=OTHER"
                                                        + " (or MEDICATIE, BEELDZORG, OVERIG)"));
    }

    @Test
    void aMappingFileIsReadWithDutchHeadersAndWords() throws IOException {
        // given a Dutch Excel mapping: ';', Windows-1252, Dutch header and words, an optional
        // product
        Path file = dir.resolve("mapping.csv");
        Files.write(
                file,
                ("clientnummer;technologie;product\r\nCL000101;MEDICATIE;Médido\r\n326018153;beeldzorg;\r\n;;\r\n")
                        .getBytes(InputInspection.WINDOWS_1252));

        // when loaded
        TechnologyMapping m = TechnologyMapping.load(file);

        // then
        assertThat(m.size()).isEqualTo(2);
        assertThat(m.forClient("CL000101"))
                .contains(new TechnologyMapping.Entry(Technology.MEDICATION, "Médido"));
        assertThat(m.forClient("326018153"))
                .contains(new TechnologyMapping.Entry(Technology.VIDEO, null));
        assertThat(m.forClient("CL000999")).isEmpty();
        assertThat(TechnologyMapping.NONE.forClient("CL000101")).isEmpty();
    }

    @Test
    void aMappingWithAnUnknownWordOrATwiceMappedClientStopsTheRun() throws IOException {
        // given two faulty files
        Path word = dir.resolve("word.csv");
        Files.writeString(
                word, "client_id,technology\nA,MEDICATION\nB,ROBOT\n", StandardCharsets.UTF_8);
        Path twice = dir.resolve("twice.csv");
        Files.writeString(
                twice, "client_id;technology\nA;VIDEO\nA;VIDEO\n", StandardCharsets.UTF_8);
        Path noColumn = dir.resolve("nocolumn.csv");
        Files.writeString(noColumn, "client_id;product\nA;Medido\n", StandardCharsets.UTF_8);

        // then each is refused naming file, line, field and what to do
        assertThatThrownBy(() -> TechnologyMapping.load(word))
                .isInstanceOfSatisfying(
                        UnusableInputException.class,
                        e ->
                                assertThat(e.describe())
                                        .isEqualTo(
                                                "word.csv, line 3, field technology: 'ROBOT' is not a technology"
                                                        + " (client 'B'). What to do: use MEDICATION, VIDEO or OTHER (MEDICATIE, BEELDZORG, OVERIG)"));
        assertThatThrownBy(() -> TechnologyMapping.load(twice))
                .isInstanceOfSatisfying(
                        UnusableInputException.class,
                        e ->
                                assertThat(e.describe())
                                        .isEqualTo(
                                                "twice.csv, line 3, field client_id: client 'A' is already mapped on"
                                                        + " line 2. What to do: keep one row per client"));
        assertThatThrownBy(() -> TechnologyMapping.load(noColumn))
                .isInstanceOf(UnusableInputException.class)
                .hasMessage("the header row lacks the column technology (technologie)");
        assertThatThrownBy(() -> TechnologyMapping.load(dir.resolve("missing.csv")))
                .isInstanceOf(UnusableInputException.class);
    }
}
