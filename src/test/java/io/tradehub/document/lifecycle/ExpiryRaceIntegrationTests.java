package io.tradehub.document.lifecycle;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.tradehub.document.Answer;
import io.tradehub.document.CanonicalJson;
import io.tradehub.document.Party;
import io.tradehub.partner.ConnectionState;
import io.tradehub.partner.PartnerView;
import io.tradehub.partner.Partners;
import io.tradehub.pipeline.DocumentRecorded;
import io.tradehub.pipeline.DocumentRule.Outcome;
import io.tradehub.test.HubIntegrationTest;
import io.tradehub.tracking.Documents;
import io.tradehub.tracking.NewDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

import static io.tradehub.document.lifecycle.Trade.number;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An answer and the expiry sweeper racing on one request: the answer is checked and
 * recorded as the read stage does it, in a transaction that a latch holds open while the
 * sweeper runs on another thread. Exactly one wins, and the loser learns why.
 */
class ExpiryRaceIntegrationTests extends HubIntegrationTest {

	private final ExecutorService answering = Executors.newSingleThreadExecutor();

	@Autowired
	LifecycleRule rule;

	@Autowired
	LifecycleRecorder recorder;

	@Autowired
	ExpirySweeper sweeper;

	@Autowired
	RequestLifecycleRepository requests;

	@Autowired
	Documents documents;

	@Autowired
	Partners partners;

	@Autowired
	TransactionTemplate transactions;

	@AfterEach
	void stop() {
		this.answering.shutdownNow();
	}

	@Test
	void theSweeperExpiresFirstAndTheAnswerIsRefusedWithTheExpiry() throws Exception {
		Race race = race("Swept");
		CountDownLatch answeredUncommitted = new CountDownLatch(1);
		CountDownLatch swept = new CountDownLatch(1);

		Future<?> answer = this.answering.submit(() -> this.transactions.executeWithoutResult((status) -> {
			record(race, check(race));
			answeredUncommitted.countDown();
			await(swept);
		}));
		await(answeredUncommitted);
		this.clock.advance(Duration.ofHours(25));
		this.sweeper.expire();
		swept.countDown();

		assertThatThrownBy(() -> answer.get(20, TimeUnit.SECONDS))
			.hasCauseInstanceOf(ObjectOptimisticLockingFailureException.class);
		RequestLifecycle request = this.requests.findById(race.requestId()).orElseThrow();
		assertThat(request.status(this.clock.instant())).isEqualTo(RequestStatus.EXPIRED);
		assertThat(request.answerDocumentId()).isNull();
		// The read stage's transaction rolled back; read again, the answer is refused.
		Outcome again = this.transactions.execute((status) -> check(race));
		assertThat(again).isEqualTo(Outcome.refuse(LifecycleRule.expired(request, race.supplier().timeZone())));
	}

	@Test
	void theAnswerCommitsFirstAndTheSweeperSkipsTheAnsweredRequest() throws Exception {
		Race race = race("Answered");
		CountDownLatch answered = new CountDownLatch(1);

		Future<?> answer = this.answering.submit(() -> {
			this.transactions.executeWithoutResult((status) -> record(race, check(race)));
			answered.countDown();
		});
		await(answered);
		this.clock.advance(Duration.ofHours(25));
		this.sweeper.expire();

		answer.get(20, TimeUnit.SECONDS);
		RequestLifecycle request = this.requests.findById(race.requestId()).orElseThrow();
		assertThat(request.status(this.clock.instant())).isEqualTo(RequestStatus.ANSWERED);
		assertThat(request.answerDocumentId()).isEqualTo(race.answer().envelope().hubId());
	}

	/** A waiting request received through the pipeline, and its supplier's answer. */
	private Race race(String name) throws IOException {
		Trade trade = Trade.between(this.port, this.fixtures, name);
		String rq = number("RQ");
		trade.customerSends(Trade.request(rq));
		UUID requestId = UUID.fromString(trade.request(trade.asSupplier, rq).at("/id").asText());
		PartnerView supplier = this.partners.byId(trade.supplier.id()).orElseThrow();
		PartnerView customer = this.partners.byId(trade.customer.id()).orElseThrow();
		Answer answer = (Answer) CanonicalJson.read(Trade.answer(number("Q"), rq));
		answer = answer.withEnvelope(answer.envelope()
			.withParties(new Party(supplier.companyId(), null, supplier.name()),
					new Party(customer.companyId(), null, customer.name())));
		ConnectionState connection = this.partners.supply(supplier.companyId(), customer.companyId()).orElseThrow();
		return new Race(requestId, answer, supplier, customer, connection);
	}

	private Outcome check(Race race) {
		return this.rule.check(race.answer(), race.supplier(), race.customer(), race.connection());
	}

	/** What the read stage does with a document the rules passed. */
	private void record(Race race, Outcome outcome) {
		Answer checked = (Answer) ((Outcome.Pass) outcome).document();
		this.documents.accept(new NewDocument(null, null, checked, null, null));
		this.recorder.on(new DocumentRecorded(checked.envelope().hubId(), checked, race.connection()));
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(20, TimeUnit.SECONDS)).as("latch").isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private record Race(UUID requestId, Answer answer, PartnerView supplier, PartnerView customer,
			ConnectionState connection) {
	}

}
