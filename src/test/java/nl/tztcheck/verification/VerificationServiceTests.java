package nl.tztcheck.verification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import nl.tztcheck.rules.Insurance;
import nl.tztcheck.rules.InsuranceLookup;

/** Client-months verified with a cache, bounded concurrency and graceful failure, against a WireMock stub. */
class VerificationServiceTests {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").containerThreads(40)).build();

    static final String PATH = HttpVerifierSettings.PATH;
    static final String BSN = "123456782";
    static final YearMonth MARCH = YearMonth.of(2024, 3);

    private final VerificationCounters counters = new VerificationCounters();

    private VerificationService service(int concurrency, int retries) {
        HttpVerifierSettings s = HttpVerifierSettings.of(URI.create(wm.baseUrl()), Duration.ofSeconds(10), retries, true)
                .withBackoff(Duration.ofMillis(10), Duration.ofMillis(50));
        return new VerificationService(new HttpInsuranceVerifier(s, counters), concurrency, counters);
    }

    private static VerificationRequest request(String client, int firstDay, int lastDay) {
        return new VerificationRequest(client, BSN, MARCH, MARCH.atDay(firstDay), MARCH.atDay(lastDay));
    }

    @Test
    void insuranceEndingMidMonthAsksTheFirstServiceDateToo() {
        // given: not insured on the last service date (31 March), insured until 15 March on the first (5 March)
        wm.stubFor(post(PATH).withRequestBody(matchingJsonPath("$.date", com.github.tomakehurst.wiremock.client.WireMock.equalTo("2024-03-31")))
                .willReturn(okJson("{\"insured\":false}")));
        wm.stubFor(post(PATH).withRequestBody(matchingJsonPath("$.date", com.github.tomakehurst.wiremock.client.WireMock.equalTo("2024-03-05")))
                .willReturn(okJson("{\"insured\":true,\"uzovi\":\"3311\",\"from\":\"2020-01-01\",\"to\":\"2024-03-15\"}")));

        // when
        VerificationResult r;
        try (VerificationService s = service(2, 0)) {
            r = s.verifyAll(List.of(request("C1", 5, 31)));
        }

        // then lines before the end are fine, later ones are not insured with the insurer
        InsuranceAnswer a = r.answer("C1", MARCH).orElseThrow();
        assertThat(a.judge("3311", LocalDate.of(2024, 3, 5))).isEqualTo(Judgement.OK);
        assertThat(a.judge("3311", LocalDate.of(2024, 3, 31)).outcome()).isEqualTo(Judgement.Outcome.NOT_INSURED_WITH_INSURER);
        assertThat(r.stats().calls()).isEqualTo(2);
    }

    @Test
    void answersAreCachedPerClientAndMonth() {
        // given
        wm.stubFor(post(PATH).willReturn(okJson("{\"insured\":true,\"uzovi\":\"3311\",\"from\":\"2020-01-01\"}")));

        try (VerificationService s = service(2, 0)) {
            // when the same client-month is asked twice in one batch and again in a later one
            s.verifyAll(List.of(request("C1", 1, 10), request("C1", 2, 20), request("C2", 1, 1)));
            VerificationResult again = s.verifyAll(List.of(request("C1", 1, 10)));

            // then each client-month was asked once
            wm.verify(2, postRequestedFor(urlEqualTo(PATH)));
            assertThat(again.stats().cacheHits()).isEqualTo(2);
            assertThat(again.answer("C1", MARCH)).map(InsuranceAnswer::status).contains(InsuranceAnswer.Status.INSURED);
        }
    }

    @Test
    void aSlowServiceNeverSeesMoreRequestsAtOnceThanTheConcurrencyLimit() {
        // given a service that takes 300 ms per answer and a limit of 3
        wm.stubFor(post(PATH).willReturn(okJson("{\"insured\":true,\"uzovi\":\"3311\",\"from\":\"2020-01-01\"}").withFixedDelay(300)));
        List<VerificationRequest> requests = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            requests.add(request("C" + i, 1, 28));
        }

        // when
        VerificationResult r;
        try (VerificationService s = service(3, 0)) {
            r = s.verifyAll(requests);
        }

        // then all were answered, one call each, and at most 3 (and, with 12 waiting, more than 1) were in flight at once
        assertThat(r.answers()).hasSize(12).allSatisfy((k, a) -> assertThat(a.status()).isEqualTo(InsuranceAnswer.Status.INSURED));
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
        assertThat(r.answers().values()).extracting(InsuranceAnswer::status).containsOnly(InsuranceAnswer.Status.UNAVAILABLE);
        assertThat(r.stats()).extracting(VerificationStats::calls, VerificationStats::failures, VerificationStats::retries,
                VerificationStats::unavailable).containsExactly(4L, 4L, 2L, 2L);
        InsuranceLookup lookup = r.asLookup();
        assertThat(lookup.of("C1", "3311", MARCH)).isEqualTo(Insurance.UNAVAILABLE);
        assertThat(lookup.of("C9", "3311", MARCH)).isEqualTo(Insurance.NOT_ASKED);
    }

    @Test
    void aVerifierThatBreaksGivesUnavailableNotAnException() {
        // given a verifier with a bug
        AtomicInteger asked = new AtomicInteger();
        InsuranceVerifier broken = (bsn, date) -> {
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
        assertThat(a.detail()).isEqualTo("the verifier failed (IllegalStateException)").doesNotContain(BSN);
        assertThat(asked).hasValue(1);
    }

    @Test
    void requestsTakeTheFirstAndLastServiceDateAndSkipLinesWithoutAValidBsn() {
        // given lines of two clients, one without a usable BSN
        VerificationRequests b = new VerificationRequests()
                .add("C1", BSN, LocalDate.of(2024, 3, 20))
                .add("C1", BSN, LocalDate.of(2024, 3, 4))
                .add("C1", BSN, LocalDate.of(2024, 4, 2))
                .add("C2", "999999999", LocalDate.of(2024, 3, 1))
                .add("C2", "123456789", LocalDate.of(2024, 3, 1))
                .add("C2", "", LocalDate.of(2024, 3, 1));

        // when
        List<VerificationRequest> list = b.build();

        // then one request per client-month with a valid BSN, and the BSN never in its text form
        assertThat(list).containsExactly(
                new VerificationRequest("C1", BSN, MARCH, LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 20)),
                new VerificationRequest("C1", BSN, YearMonth.of(2024, 4), LocalDate.of(2024, 4, 2), LocalDate.of(2024, 4, 2)));
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
        wm.stubFor(post(PATH).withRequestBody(matchingJsonPath("$.date", com.github.tomakehurst.wiremock.client.WireMock.equalTo("2024-03-01")))
                .willReturn(okJson("{\"insured\":true,\"uzovi\":\"3311\",\"from\":\"2020-01-01\"}")));
        wm.stubFor(post(PATH).withRequestBody(matchingJsonPath("$.date", com.github.tomakehurst.wiremock.client.WireMock.equalTo("2024-03-02")))
                .willReturn(okJson("{\"insured\":tr")));
        wm.stubFor(post(PATH).withRequestBody(matchingJsonPath("$.date", com.github.tomakehurst.wiremock.client.WireMock.equalTo("2024-03-03")))
                .willReturn(aResponse().withStatus(500).withBody("bsn " + BSN + " broke us")));

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
        assertThat(log.list).allSatisfy(e -> assertThat(e.getFormattedMessage()).doesNotContain(BSN));
        assertThat(log.list.get(log.list.size() - 1).getFormattedMessage()).contains("calls=4", "unavailable=2");
        assertThat(r.answers().values()).allSatisfy(a -> assertThat(a.toString()).doesNotContain(BSN));
    }
}
