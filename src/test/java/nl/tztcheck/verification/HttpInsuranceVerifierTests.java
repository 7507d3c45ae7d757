package nl.tztcheck.verification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The JSON contract against a WireMock stub on loopback: answers, timeouts, retries, Retry-After,
 * bad answers, and the circuit breaker (resilience4j): it opens, lets a trial through after its
 * cool-down (half-open) and closes again.
 */
class HttpInsuranceVerifierTests {

    @RegisterExtension
    static WireMockExtension wm =
            WireMockExtension.newInstance()
                    .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
                    .build();

    static final String PATH = HttpVerifierSettings.PATH;
    static final String BSN = "123456782";
    static final LocalDate DATE = LocalDate.of(2024, 3, 31);

    private final VerificationCounters counters = new VerificationCounters();

    /** The waits before retries, as the retry computed them. */
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    private HttpInsuranceVerifier verifier(UnaryOperator<HttpVerifierSettings> tweak) {
        HttpVerifierSettings s =
                HttpVerifierSettings.of(URI.create(wm.baseUrl()), Duration.ofSeconds(5), 2, true)
                        .withBackoff(Duration.ofMillis(100), Duration.ofSeconds(1));
        return new HttpInsuranceVerifier(tweak.apply(s), counters, sleeps::add);
    }

    private HttpInsuranceVerifier verifier() {
        return verifier(s -> s);
    }

    @Test
    void insuredWithTheDeclaredInsurer() {
        // given
        wm.stubFor(
                post(PATH)
                        .willReturn(
                                okJson(
                                        "{\"insured\":true,\"uzovi\":\"3311\",\"from\":\"2020-01-01\",\"to\":null}")));

        // when
        InsuranceAnswer a = verifier().verify(BSN, DATE);

        // then the contract's request was sent once and the answer judges the declared line OK
        assertThat(a).isEqualTo(InsuranceAnswer.insured("3311", LocalDate.of(2020, 1, 1), null));
        assertThat(a.judge("3311", DATE)).isEqualTo(Judgement.OK);
        wm.verify(
                1,
                postRequestedFor(urlEqualTo(PATH))
                        .withHeader("Content-Type", equalTo("application/json"))
                        .withRequestBody(
                                equalToJson("{\"bsn\":\"123456782\",\"date\":\"2024-03-31\"}")));
        assertThat(counters.snapshot()).isEqualTo(new VerificationStats(1, 0, 0, 0, 0, 0, 0, 1, 0));
    }

    @Test
    void notInsured() {
        // given
        wm.stubFor(post(PATH).willReturn(okJson("{\"insured\":false}")));

        // when
        InsuranceAnswer a = verifier().verify(BSN, DATE);

        // then
        assertThat(a.status()).isEqualTo(InsuranceAnswer.Status.NOT_INSURED);
        Judgement j = a.judge("3311", DATE);
        assertThat(j.outcome()).isEqualTo(Judgement.Outcome.NOT_INSURED_WITH_INSURER);
        assertThat(j.detail()).doesNotContain(BSN);
    }

    @Test
    void insuredElsewhere() {
        // given
        wm.stubFor(
                post(PATH)
                        .willReturn(
                                okJson(
                                        "{\"insured\":true,\"uzovi\":\"7095\",\"from\":\"2023-01-01\"}")));

        // when
        Judgement j = verifier().verify(BSN, DATE).judge("3311", DATE);

        // then
        assertThat(j.outcome()).isEqualTo(Judgement.Outcome.NOT_INSURED_WITH_INSURER);
        assertThat(j.detail()).contains("UZOVI 7095", "declared 3311").doesNotContain(BSN);
    }

    @Test
    void insuranceEndingMidMonth() {
        // given an insurance that ends on 15 March
        wm.stubFor(
                post(PATH)
                        .willReturn(
                                okJson(
                                        "{\"insured\":true,\"uzovi\":\"3311\",\"from\":\"2020-01-01\",\"to\":\"2024-03-15\"}")));

        // when
        InsuranceAnswer a = verifier().verify(BSN, LocalDate.of(2024, 3, 1));

        // then lines up to the 15th are fine, later ones are not insured
        assertThat(a.judge("3311", LocalDate.of(2024, 3, 15))).isEqualTo(Judgement.OK);
        assertThat(a.judge("3311", LocalDate.of(2024, 3, 16)).outcome())
                .isEqualTo(Judgement.Outcome.NOT_INSURED_WITH_INSURER);
    }

    @Test
    void aTimeoutIsRetriedAndThenUnavailable() {
        // given a service slower than the 300 ms timeout
        wm.stubFor(post(PATH).willReturn(okJson("{\"insured\":false}").withFixedDelay(3_000)));
        HttpInsuranceVerifier v = verifier(s -> s.withTimeoutAndRetries(Duration.ofMillis(300), 1));

        // when
        InsuranceUnavailableException e =
                catchThrowableOfType(
                        InsuranceUnavailableException.class, () -> v.verify(BSN, DATE));

        // then: two attempts, one retry after a backoff (100 ms +/- 50 %), and a message without
        // the BSN
        assertThat(e).hasMessage("no answer within 300 ms (after 2 attempts)");
        assertThat(counters.snapshot())
                .extracting(
                        VerificationStats::calls,
                        VerificationStats::failures,
                        VerificationStats::retries)
                .containsExactly(2L, 2L, 1L);
        assertThat(sleeps).hasSize(1);
        assertThat(sleeps.get(0).toMillis()).isBetween(50L, 150L);
    }

    @Test
    void a500IsRetriedAndTheRetrySucceeds() {
        // given a service that fails once, then answers
        wm.stubFor(
                post(PATH)
                        .inScenario("flaky")
                        .whenScenarioStateIs(STARTED)
                        .willReturn(aResponse().withStatus(500))
                        .willSetStateTo("up"));
        wm.stubFor(
                post(PATH)
                        .inScenario("flaky")
                        .whenScenarioStateIs("up")
                        .willReturn(
                                okJson(
                                        "{\"insured\":true,\"uzovi\":\"3311\",\"from\":\"2020-01-01\"}")));

        // when
        InsuranceAnswer a = verifier().verify(BSN, DATE);

        // then
        assertThat(a.status()).isEqualTo(InsuranceAnswer.Status.INSURED);
        wm.verify(2, postRequestedFor(urlEqualTo(PATH)));
        assertThat(counters.snapshot())
                .extracting(
                        VerificationStats::calls,
                        VerificationStats::failures,
                        VerificationStats::retries)
                .containsExactly(2L, 1L, 1L);
    }

    @Test
    void a429WaitsAsLongAsRetryAfterSays() {
        // given a rate limit asking to wait 1 second, then an answer
        wm.stubFor(
                post(PATH)
                        .inScenario("limited")
                        .whenScenarioStateIs(STARTED)
                        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1"))
                        .willSetStateTo("ok"));
        wm.stubFor(
                post(PATH)
                        .inScenario("limited")
                        .whenScenarioStateIs("ok")
                        .willReturn(okJson("{\"insured\":false}")));

        // when
        InsuranceAnswer a = verifier().verify(BSN, DATE);

        // then the wait was the server's 1 s, not the 100 ms backoff
        assertThat(a.status()).isEqualTo(InsuranceAnswer.Status.NOT_INSURED);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(1));
        wm.verify(2, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void aRetryAfterLongerThanTheMaximumGivesUpAtOnce() {
        // given a service asking to come back in an hour
        wm.stubFor(
                post(PATH)
                        .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "3600")));

        // when / then
        assertThatThrownBy(() -> verifier().verify(BSN, DATE))
                .isInstanceOf(InsuranceUnavailableException.class)
                .hasMessageContaining("HTTP 503")
                .hasMessageContaining("3600 s");
        assertThat(sleeps).isEmpty();
        wm.verify(1, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void malformedJsonIsUnavailableWithoutRetrying() {
        // given an answer that is not JSON, and one that lacks the insurer
        wm.stubFor(
                post(PATH)
                        .inScenario("bad")
                        .whenScenarioStateIs(STARTED)
                        .willReturn(okJson("{\"insured\": tru"))
                        .willSetStateTo("2"));
        wm.stubFor(
                post(PATH)
                        .inScenario("bad")
                        .whenScenarioStateIs("2")
                        .willReturn(okJson("{\"insured\":true,\"from\":\"2020-01-01\"}")));
        HttpInsuranceVerifier v = verifier();

        // when / then: each is one call, no retry (the same question would get the same answer)
        assertThatThrownBy(() -> v.verify(BSN, DATE))
                .isInstanceOf(InsuranceUnavailableException.class)
                .hasMessage("malformed answer: the answer is not valid JSON");
        assertThatThrownBy(() -> v.verify(BSN, DATE))
                .isInstanceOf(InsuranceUnavailableException.class)
                .hasMessage("malformed answer: an insured answer needs \"uzovi\" as 4 digits");
        assertThat(counters.snapshot())
                .extracting(
                        VerificationStats::calls,
                        VerificationStats::failures,
                        VerificationStats::retries)
                .containsExactly(2L, 2L, 0L);
    }

    @Test
    void theCircuitOpensAfterFailuresInARowAndClosesAfterASuccessfulTrial()
            throws InterruptedException {
        // given a failing service, a breaker that opens after 3 failures for 300 ms, no patience
        // (never wait) and no retries
        wm.stubFor(post(PATH).willReturn(aResponse().withStatus(500)));
        HttpInsuranceVerifier v =
                verifier(
                        s ->
                                s.withTimeoutAndRetries(s.timeout(), 0)
                                        .withCircuit(3, Duration.ofMillis(300))
                                        .withCircuitPatience(0));

        // when three questions fail
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> v.verify(BSN, DATE))
                    .hasMessage("the service answered HTTP 500");
        }

        // then the circuit is open and the next question is refused without a call
        assertThat(v.circuitState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThatThrownBy(() -> v.verify(BSN, DATE))
                .isInstanceOf(InsuranceUnavailableException.class)
                .hasMessageContaining("circuit breaker is open");
        wm.verify(3, postRequestedFor(urlEqualTo(PATH)));

        // when the service recovers and the cool-down has passed
        wm.resetAll();
        wm.stubFor(post(PATH).willReturn(okJson("{\"insured\":false}")));
        Thread.sleep(400);

        // then the trial call goes through (half-open) and the circuit closes
        assertThat(v.verify(BSN, DATE).status()).isEqualTo(InsuranceAnswer.Status.NOT_INSURED);
        assertThat(v.circuitState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(counters.snapshot())
                .extracting(
                        VerificationStats::calls,
                        VerificationStats::failures,
                        VerificationStats::circuitOpenings,
                        VerificationStats::shortCircuited)
                .containsExactly(4L, 3L, 1L, 1L);
    }

    @Test
    void aQuestionThatFindsTheCircuitOpenWaitsForTheTrialInsteadOfGivingUp() {
        // given a blip: 3 failures open the breaker (300 ms cool-down), then the service is healthy
        wm.stubFor(
                post(PATH)
                        .inScenario("blip")
                        .whenScenarioStateIs(STARTED)
                        .willReturn(aResponse().withStatus(500))
                        .willSetStateTo("2"));
        wm.stubFor(
                post(PATH)
                        .inScenario("blip")
                        .whenScenarioStateIs("2")
                        .willReturn(aResponse().withStatus(500))
                        .willSetStateTo("3"));
        wm.stubFor(
                post(PATH)
                        .inScenario("blip")
                        .whenScenarioStateIs("3")
                        .willReturn(aResponse().withStatus(500))
                        .willSetStateTo("up"));
        wm.stubFor(
                post(PATH)
                        .inScenario("blip")
                        .whenScenarioStateIs("up")
                        .willReturn(okJson("{\"insured\":false}")));
        HttpInsuranceVerifier v =
                verifier(
                        s ->
                                s.withTimeoutAndRetries(s.timeout(), 0)
                                        .withCircuit(3, Duration.ofMillis(300)));
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> v.verify(BSN, DATE))
                    .hasMessage("the service answered HTTP 500");
        }
        assertThat(v.circuitState()).isEqualTo(CircuitBreaker.State.OPEN);

        // when the next question comes while it is open
        InsuranceAnswer a = v.verify(BSN, DATE);

        // then it waited for the cool-down, was the trial call, and the circuit is closed again
        assertThat(a.status()).isEqualTo(InsuranceAnswer.Status.NOT_INSURED);
        assertThat(v.circuitState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(counters.snapshot())
                .extracting(
                        VerificationStats::calls,
                        VerificationStats::circuitOpenings,
                        VerificationStats::shortCircuited)
                .containsExactly(4L, 1L, 0L);
    }

    @Test
    void afterAsManyFailedTrialsAsItsPatienceTheOpenCircuitAnswersAtOnce() {
        // given a service that is down, a breaker that opens after 2 failures for 200 ms, patience
        // 1
        wm.stubFor(post(PATH).willReturn(aResponse().withStatus(503)));
        HttpInsuranceVerifier v =
                verifier(
                        s ->
                                s.withTimeoutAndRetries(s.timeout(), 0)
                                        .withCircuit(2, Duration.ofMillis(200))
                                        .withCircuitPatience(1));
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> v.verify(BSN, DATE))
                    .hasMessage("the service answered HTTP 503");
        }

        // when the next question waits for the trial and the trial fails
        assertThatThrownBy(() -> v.verify(BSN, DATE)).hasMessage("the service answered HTTP 503");

        // then the circuit is open again and questions no longer wait: refused without a call
        assertThat(v.circuitState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThatThrownBy(() -> v.verify(BSN, DATE))
                .hasMessageContaining("circuit breaker is open");
        wm.verify(3, postRequestedFor(urlEqualTo(PATH)));
        assertThat(counters.snapshot())
                .extracting(VerificationStats::circuitOpenings, VerificationStats::shortCircuited)
                .containsExactly(2L, 1L);
    }

    @Test
    void aClientErrorIsNotRetried() {
        // given
        wm.stubFor(post(PATH).willReturn(aResponse().withStatus(400)));

        // when / then
        assertThatThrownBy(() -> verifier().verify(BSN, DATE))
                .hasMessage("the service answered HTTP 400");
        wm.verify(1, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void plainHttpIsRefusedOutsideTestsAndEverywhereButLoopback() {
        // given / when / then
        assertThatThrownBy(
                        () ->
                                HttpVerifierSettings.of(
                                        URI.create(wm.baseUrl()), Duration.ofSeconds(1), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must use https://");
        assertThatCode(
                        () ->
                                HttpVerifierSettings.of(
                                        URI.create("https://cov.example"),
                                        Duration.ofSeconds(1),
                                        0))
                .doesNotThrowAnyException();
        assertThatThrownBy(
                        () ->
                                new HttpVerifierSettings(
                                        URI.create("http://cov.example"),
                                        Duration.ofSeconds(1),
                                        0,
                                        Duration.ofMillis(1),
                                        Duration.ofMillis(1),
                                        Duration.ofSeconds(1),
                                        1,
                                        Duration.ofSeconds(1),
                                        1,
                                        true))
                .hasMessageContaining("must use https://");
        assertThatThrownBy(
                        () ->
                                HttpVerifierSettings.of(
                                        URI.create("https://user:pw@cov.example"),
                                        Duration.ofSeconds(1),
                                        0))
                .hasMessageContaining("plain https://");
        assertThat(
                        HttpVerifierSettings.of(
                                        URI.create("https://cov.example/api/"),
                                        Duration.ofSeconds(1),
                                        0)
                                .endpoint())
                .isEqualTo(URI.create("https://cov.example/api/v1/insurance-checks"));
    }
}
