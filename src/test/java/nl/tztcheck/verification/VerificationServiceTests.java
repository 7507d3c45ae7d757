package nl.tztcheck.verification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import nl.tztcheck.i18n.Language;
import nl.tztcheck.rules.Insurance;
import nl.tztcheck.rules.InsuranceLookup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/**
 * Client-months verified with a cache, bounded concurrency, graceful failure, a total deadline and
 * a circuit breaker that recovers within the run, against a WireMock stub.
 */
class VerificationServiceTests {

    @RegisterExtension
    static WireMockExtension wm =
            WireMockExtension.newInstance()
                    .options(
                            wireMockConfig()
                                    .dynamicPort()
                                    .bindAddress("127.0.0.1")
                                    .containerThreads(40))
                    .build();

    static final String PATH = HttpVerifierSettings.PATH;
    static final String BSN = "123456782";
    static final YearMonth MARCH = YearMonth.of(2024, 3);

    private final VerificationCounters counters = new VerificationCounters();

    private VerificationService service(int concurrency, int retries) {
        HttpVerifierSettings s =
                HttpVerifierSettings.of(
                                URI.create(wm.baseUrl()), Duration.ofSeconds(10), retries, true)
                        .withBackoff(Duration.ofMillis(10), Duration.ofMillis(50));
        return new VerificationService(
                new HttpInsuranceVerifier(s, counters), concurrency, counters);
    }

    private static VerificationRequest request(String client, int firstDay, int lastDay) {
        return new VerificationRequest(
                client, BSN, MARCH, MARCH.atDay(firstDay), MARCH.atDay(lastDay));
    }

    @Test
    void insuranceEndingMidMonthAsksTheFirstServiceDateToo() {
        // given: not insured on the last service date (31 March), insured until 15 March on the
        // first (5 March)
        wm.stubFor(
                post(PATH)
                        .withRequestBody(
                                matchingJsonPath(
                                        "$.date",
                                        com.github.tomakehurst.wiremock.client.WireMock.equalTo(
                                                "2024-03-31")))
                        .willReturn(okJson("{\"insured\":false}")));
        wm.stubFor(
                post(PATH)
                        .withRequestBody(
                                matchingJsonPath(
                                        "$.date",
                                        com.github.tomakehurst.wiremock.client.WireMock.equalTo(
                                                "2024-03-05")))
                        .willReturn(
                                okJson(
                                        "{\"insured\":true,\"uzovi\":\"3311\",\"from\":\"2020-01-01\",\"to\":\"2024-03-15\"}")));

        // when
        VerificationResult r;
        try (VerificationService s = service(2, 0)) {
            r = s.verifyAll(List.of(request("C1", 5, 31)));
        }

        // then lines before the end are fine, later ones are not insured with the insurer
        InsuranceAnswer a = r.answer("C1", MARCH).orElseThrow();
        assertThat(a.judge("3311", LocalDate.of(2024, 3, 5))).isEqualTo(Judgement.OK);
        assertThat(a.judge("3311", LocalDate.of(2024, 3, 31)).outcome())
                .isEqualTo(Judgement.Outcome.NOT_INSURED_WITH_INSURER);
        assertThat(r.stats().calls()).isEqualTo(2);
    }

    @Test
    void answersAreCachedPerClientAndMonth() {
        // given
        wm.stubFor(
                post(PATH)
                        .willReturn(
                                okJson(
                                        "{\"insured\":true,\"uzovi\":\"3311\",\"from\":\"2020-01-01\"}")));

        try (VerificationService s = service(2, 0)) {
            // when the same client-month is asked twice in one batch and again in a later one
            s.verifyAll(List.of(request("C1", 1, 10), request("C1", 2, 20), request("C2", 1, 1)));
            VerificationResult again = s.verifyAll(List.of(request("C1", 1, 10)));

            // then each client-month was asked once
            wm.verify(2, postRequestedFor(urlEqualTo(PATH)));
            assertThat(again.stats().cacheHits()).isEqualTo(2);
            assertThat(again.answer("C1", MARCH))
                    .map(InsuranceAnswer::status)
                    .contains(InsuranceAnswer.Status.INSURED);
        }
    }

    @Test
    void aSlowServiceNeverSeesMoreRequestsAtOnceThanTheConcurrencyLimit() {
        // given a service that takes 300 ms per answer and a limit of 3
        wm.stubFor(
                post(PATH)
                        .willReturn(
                                okJson(
                                                "{\"insured\":true,\"uzovi\":\"3311\",\"from\":\"2020-01-01\"}")
                                        .withFixedDelay(300)));
        List<VerificationRequest> requests = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            requests.add(request("C" + i, 1, 28));
        }

        // when
        VerificationResult r;
        try (VerificationService s = service(3, 0)) {
            r = s.verifyAll(requests);
        }

        // then all were answered, one call each, and at most 3 (and, with 12 waiting, more than 1)
        // were in flight at once
        assertThat(r.answers())
                .hasSize(12)
                .allSatisfy(
                        (k, a) -> assertThat(a.status()).isEqualTo(InsuranceAnswer.Status.INSURED));
        wm.verify(12, postRequestedFor(urlEqualTo(PATH)));
        assertThat(r.stats().maxInFlight()).isBetween(2, 3);
    }

    @Test
    void aServiceThatCannotAnswerLeavesTheMonthsUnverifiedAndTheRunCompletes() {
        // given a service that is down
        wm.stubFor(post(PATH).willReturn(aResponse().withStatus(503)));

        // when
        VerificationResult r;
        try (VerificationService s = service(2, 1)) {
            r = s.verifyAll(List.of(request("C1", 1, 31), request("C2", 1, 31)));
        }

        // then every client-month is UNAVAILABLE, counted, and the rules see a warning
        assertThat(r.answers().values())
                .extracting(InsuranceAnswer::status)
                .containsOnly(InsuranceAnswer.Status.UNAVAILABLE);
        assertThat(r.stats())
                .extracting(
                        VerificationStats::calls,
                        VerificationStats::failures,
                        VerificationStats::retries,
                        VerificationStats::unavailable)
                .containsExactly(4L, 4L, 2L, 2L);
        InsuranceLookup lookup = r.asLookup();
        assertThat(lookup.of("C1", "3311", MARCH)).isEqualTo(Insurance.UNAVAILABLE);
        assertThat(lookup.of("C9", "3311", MARCH)).isEqualTo(Insurance.NOT_ASKED);
    }

    @Test
    void aVerifierThatBreaksGivesUnavailableNotAnException() {
        // given a verifier with a bug
        AtomicInteger asked = new AtomicInteger();
        InsuranceVerifier broken =
                (bsn, date) -> {
                    asked.incrementAndGet();
                    throw new IllegalStateException("bug " + bsn);
                };

        // when
        VerificationResult r;
        try (VerificationService s = new VerificationService(broken, 1, counters)) {
            r = s.verifyAll(List.of(request("C1", 3, 3)));
        }

        // then
        InsuranceAnswer a = r.answer("C1", MARCH).orElseThrow();
        assertThat(a.status()).isEqualTo(InsuranceAnswer.Status.UNAVAILABLE);
        assertThat(a.detail())
                .isEqualTo("the verifier failed (IllegalStateException)")
                .doesNotContain(BSN);
        assertThat(asked).hasValue(1);
    }

    @Test
    void requestsTakeTheFirstAndLastServiceDateAndSkipLinesWithoutAValidBsn() {
        // given lines of two clients, one without a usable BSN
        VerificationRequests b =
                new VerificationRequests()
                        .add("C1", BSN, LocalDate.of(2024, 3, 20))
                        .add("C1", BSN, LocalDate.of(2024, 3, 4))
                        .add("C1", BSN, LocalDate.of(2024, 4, 2))
                        .add("C2", "999999999", LocalDate.of(2024, 3, 1))
                        .add("C2", "123456789", LocalDate.of(2024, 3, 1))
                        .add("C2", "", LocalDate.of(2024, 3, 1));

        // when
        List<VerificationRequest> list = b.build();

        // then one request per client-month with a valid BSN, and the BSN never in its text form
        assertThat(list)
                .containsExactly(
                        new VerificationRequest(
                                "C1",
                                BSN,
                                MARCH,
                                LocalDate.of(2024, 3, 4),
                                LocalDate.of(2024, 3, 20)),
                        new VerificationRequest(
                                "C1",
                                BSN,
                                YearMonth.of(2024, 4),
                                LocalDate.of(2024, 4, 2),
                                LocalDate.of(2024, 4, 2)));
        assertThat(list.get(0).toString()).doesNotContain(BSN).contains("bsn=***");
    }

    @Test
    void noBsnIsEverLoggedOrPutInAnAnswer() {
        // given every kind of outcome, and a log that records everything from tzt-check's classes
        Logger ours = (Logger) LoggerFactory.getLogger("nl.tztcheck");
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        ours.addAppender(log);
        ours.setLevel(Level.TRACE);
        wm.stubFor(
                post(PATH)
                        .withRequestBody(
                                matchingJsonPath(
                                        "$.date",
                                        com.github.tomakehurst.wiremock.client.WireMock.equalTo(
                                                "2024-03-01")))
                        .willReturn(
                                okJson(
                                        "{\"insured\":true,\"uzovi\":\"3311\",\"from\":\"2020-01-01\"}")));
        wm.stubFor(
                post(PATH)
                        .withRequestBody(
                                matchingJsonPath(
                                        "$.date",
                                        com.github.tomakehurst.wiremock.client.WireMock.equalTo(
                                                "2024-03-02")))
                        .willReturn(okJson("{\"insured\":tr")));
        wm.stubFor(
                post(PATH)
                        .withRequestBody(
                                matchingJsonPath(
                                        "$.date",
                                        com.github.tomakehurst.wiremock.client.WireMock.equalTo(
                                                "2024-03-03")))
                        .willReturn(
                                aResponse().withStatus(500).withBody("bsn " + BSN + " broke us")));

        // when
        VerificationResult r;
        try (VerificationService s = service(2, 1)) {
            r = s.verifyAll(List.of(request("C1", 1, 1), request("C2", 2, 2), request("C3", 3, 3)));
        } finally {
            ours.detachAppender(log);
            ours.setLevel(null);
        }

        // then the log has the counts, and neither it nor any answer holds the BSN
        assertThat(log.list).isNotEmpty();
        assertThat(log.list)
                .allSatisfy(e -> assertThat(e.getFormattedMessage()).doesNotContain(BSN));
        assertThat(log.list.get(log.list.size() - 1).getFormattedMessage())
                .contains("calls=4", "unavailable=2");
        assertThat(r.answers().values())
                .allSatisfy(a -> assertThat(a.toString()).doesNotContain(BSN));
    }

    @Test
    void theDeadlineEndsTheStepAndLeavesTheUnansweredMonthsUnverified() {
        // given a service (warmed up: its first answer on a busy machine may take seconds) that
        // then takes 1 s per answer,
        // 2 at a time, 20 client-months and a deadline of 4 s
        String insured = "{\"insured\":true,\"uzovi\":\"3311\",\"from\":\"2020-01-01\"}";
        wm.stubFor(post(PATH).willReturn(okJson(insured)));
        try (VerificationService warm = service(1, 0)) {
            warm.verifyAll(List.of(request("W", 1, 28)));
        }
        wm.resetAll();
        wm.stubFor(post(PATH).willReturn(okJson(insured).withFixedDelay(1_000)));
        List<VerificationRequest> requests = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            requests.add(request("C" + i, 1, 28));
        }
        ListAppender<ILoggingEvent> log = listen();
        HttpVerifierSettings settings =
                HttpVerifierSettings.of(URI.create(wm.baseUrl()), Duration.ofSeconds(10), 2, true);

        // when
        VerificationResult r;
        long started = System.nanoTime();
        try (VerificationService s =
                new VerificationService(
                        new HttpInsuranceVerifier(settings, counters),
                        2,
                        counters,
                        Duration.ofSeconds(4),
                        Language.NL)) {
            r = s.verifyAll(requests);
        } finally {
            stopListening(log);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        // then the step returned shortly after the deadline (not after the 10 s or more that
        // answering all would take) ...
        assertThat(took)
                .isGreaterThanOrEqualTo(Duration.ofMillis(3_900))
                .isLessThan(Duration.ofSeconds(9));
        // ... every client-month has an answer: the answered ones verified, the others unverified
        assertThat(r.answers()).hasSize(20);
        long verified =
                r.answers().values().stream()
                        .filter(a -> a.status() == InsuranceAnswer.Status.INSURED)
                        .count();
        long unverified =
                r.answers().values().stream()
                        .filter(a -> a.status() == InsuranceAnswer.Status.UNAVAILABLE)
                        .count();
        assertThat(verified).as("verified before the deadline").isBetween(1L, 19L);
        assertThat(verified + unverified).isEqualTo(20);
        assertThat(r.stats().deadlineMissed()).isEqualTo(unverified);
        assertThat(r.stats().unavailable()).isEqualTo(unverified);
        assertThat(r.asLookup().of("C19", "3311", MARCH)).isEqualTo(Insurance.UNAVAILABLE);
        // ... and a warning in Dutch says so
        assertThat(log.list)
                .anySatisfy(
                        e -> {
                            assertThat(e.getLevel()).isEqualTo(Level.WARN);
                            assertThat(e.getFormattedMessage())
                                    .contains(
                                            "De verzekeringscontrole is na 4 s gestopt",
                                            unverified + " van de 20",
                                            "INSURANCE_UNVERIFIED",
                                            "TZT_VERIFICATION_DEADLINE",
                                            "unanswered=" + unverified);
                        });
    }

    @Test
    void afterABlipTheBreakerClosesAgainAndLaterClientMonthsAreVerified() {
        // given a service that answers HTTP 500 six times, then is healthy; a breaker that opens
        // after 5 failures in a row
        // and cools down for 300 ms; 2 retries per question
        for (int i = 0; i < 6; i++) {
            wm.stubFor(
                    post(PATH)
                            .inScenario("blip")
                            .whenScenarioStateIs(i == 0 ? STARTED : "500-" + i)
                            .willReturn(aResponse().withStatus(500))
                            .willSetStateTo(i == 5 ? "up" : "500-" + (i + 1)));
        }
        wm.stubFor(
                post(PATH)
                        .inScenario("blip")
                        .whenScenarioStateIs("up")
                        .willReturn(
                                okJson(
                                        "{\"insured\":true,\"uzovi\":\"3311\",\"from\":\"2020-01-01\"}")));
        List<VerificationRequest> requests = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            requests.add(request("C" + i, 1, 28));
        }

        // when the client-months are asked one at a time
        VerificationResult r;
        try (VerificationService s = service(1, 2, x -> x.withCircuit(5, Duration.ofMillis(300)))) {
            r = s.verifyAll(requests);
        }

        // then the first client-month used up its 3 attempts and the second saw the breaker open
        // after its 2nd failure,
        // waited for the cool-down and spent its last attempt on the failing trial (the 6th 500);
        // the third waited again,
        // its trial succeeded, the breaker closed, and every later client-month was verified
        assertThat(r.answer("C0", MARCH))
                .map(InsuranceAnswer::status)
                .contains(InsuranceAnswer.Status.UNAVAILABLE);
        assertThat(r.answer("C1", MARCH))
                .map(InsuranceAnswer::status)
                .contains(InsuranceAnswer.Status.UNAVAILABLE);
        assertThat(
                        r.answers().values().stream()
                                .filter(a -> a.status() == InsuranceAnswer.Status.INSURED)
                                .count())
                .isEqualTo(8);
        assertThat(r.stats())
                .extracting(
                        VerificationStats::calls,
                        VerificationStats::failures,
                        VerificationStats::circuitOpenings,
                        VerificationStats::shortCircuited,
                        VerificationStats::unavailable)
                .containsExactly(14L, 6L, 2L, 0L, 2L);
    }

    private VerificationService service(
            int concurrency, int retries, UnaryOperator<HttpVerifierSettings> tweak) {
        HttpVerifierSettings s =
                HttpVerifierSettings.of(
                                URI.create(wm.baseUrl()), Duration.ofSeconds(10), retries, true)
                        .withBackoff(Duration.ofMillis(10), Duration.ofMillis(50));
        return new VerificationService(
                new HttpInsuranceVerifier(tweak.apply(s), counters), concurrency, counters);
    }

    private static ListAppender<ILoggingEvent> listen() {
        Logger ours = (Logger) LoggerFactory.getLogger("nl.tztcheck");
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        ours.addAppender(log);
        return log;
    }

    private static void stopListening(ListAppender<ILoggingEvent> log) {
        ((Logger) LoggerFactory.getLogger("nl.tztcheck")).detachAppender(log);
    }
}
