package nl.tztcheck.batch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.tztcheck.TztCheckApplication;
import nl.tztcheck.claims.InputInspection;
import nl.tztcheck.profiles.CostFileReader;
import nl.tztcheck.profiles.ProfileSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The check job with the insurance verification service stubbed by WireMock on loopback: every
 * outcome shows in the findings, and the call summary in summary.json; a service that fails never
 * fails the run.
 */
@SpringBatchTest
@SpringBootTest(classes = TztCheckApplication.class)
class CheckJobVerificationFunctionalTests {

    static final Path FIXTURES = Path.of("src/test/resources/batch");
    static final String PATH = "/v1/insurance-checks";

    @RegisterExtension
    static WireMockExtension service =
            WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir static Path dataDir;

    @TempDir Path out;

    @Autowired JobOperatorTestUtils jobs;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("tzt.data-dir", () -> dataDir.toString());
        registry.add("tzt.verification.url", () -> service.baseUrl());
        registry.add("tzt.verification.allow-plain-http-for-tests", () -> "true");
        registry.add("tzt.verification.retries", () -> "1");
        registry.add("tzt.verification.timeout", () -> "2s");
    }

    private static void answer(String bsn, int status, String body) {
        service.stubFor(
                post(urlEqualTo(PATH))
                        .withRequestBody(matchingJsonPath("$.bsn", equalTo(bsn)))
                        .willReturn(
                                aResponse()
                                        .withStatus(status)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(body)));
    }

    @Test
    void everyAnswerOfTheServiceShowsInTheFindingsAndTheCallSummary() throws Exception {
        // given C1 insured with the declared CZ, C2 insured elsewhere, C3 not insured, and C4's
        // check failing (500)
        answer(
                "123456708",
                200,
                "{\"insured\":true,\"uzovi\":\"9664\",\"from\":\"2020-01-01\",\"to\":null}");
        answer(
                "123456721",
                200,
                "{\"insured\":true,\"uzovi\":\"3311\",\"from\":\"2020-01-01\",\"to\":null}");
        answer("123456733", 200, "{\"insured\":false}");
        answer("123456745", 500, "{}");
        Path claims = FIXTURES.resolve("verification/claims.csv");
        Path profiles = FIXTURES.resolve("profiles").toAbsolutePath();
        Path costs = FIXTURES.resolve("costs.yaml").toAbsolutePath();
        var params =
                new CheckJobParameters(
                        claims.toAbsolutePath(),
                        InputInspection.of(claims).sha256(),
                        profiles,
                        ProfileSet.load(profiles).fingerprint(),
                        costs,
                        CostFileReader.read(costs).sha256(),
                        out,
                        "verification");

        // when the job runs
        JobExecution execution = jobs.startJob(params.toJobParameters());

        // then it completes, with one finding per outcome on the right lines
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        String findings = Files.readString(out.resolve("findings.csv"));
        assertThat(
                        findings.lines()
                                .filter(l -> l.contains(";NOT_INSURED_WITH_INSURER;"))
                                .map(l -> l.split(";")[4]))
                .containsExactlyInAnyOrder("b1", "c1");
        assertThat(
                        findings.lines()
                                .filter(l -> l.contains(";INSURANCE_UNVERIFIED;"))
                                .map(l -> l.split(";")[4]))
                .containsExactlyInAnyOrder("d1", "d2");
        // worded in Dutch, the default language of a run
        assertThat(findings).contains("verzekerd bij UZOVI 3311, niet bij 9664");
        // line a1 (insured with the insurer it is declared to) has no finding: its line_id is in no
        // row's line_id column
        // (not "no 'a1;' anywhere": a pseudonym such as P-76a12dc669a1 may end in a1, its key being
        // new in every run)
        assertThat(findings.lines().skip(1).map(l -> l.split(";")[4])).doesNotContain("a1");
        assertThat(findings).doesNotContain("12345670", "12345672", "12345673", "12345674");
        // and one call per client-month (C4's two lines share one), plus the retry of the failed
        // one
        service.verify(4 + 1, postRequestedFor(urlEqualTo(PATH)));
        String summary = Files.readString(out.resolve("summary.json"));
        assertThat(summary)
                .contains(
                        "\"insuranceVerification\"",
                        "\"enabled\" : true",
                        "\"clientMonths\" : 4",
                        "\"calls\" : 5",
                        "\"failures\" : 2",
                        "\"unavailable\" : 1");
        // the money: b1 and c1 (70.00 each) are at risk, d1 and d2 are checked as usual
        assertThat(summary)
                .contains(
                        "\"atRiskCents\" : 14000",
                        "\"reimbursableCents\" : " + (7000 + 7000 + 3500));
    }
}
