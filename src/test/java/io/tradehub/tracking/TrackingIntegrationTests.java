package io.tradehub.tracking;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import io.tradehub.document.Acknowledgement;
import io.tradehub.document.DocumentType;
import io.tradehub.document.Envelope;
import io.tradehub.document.Party;
import io.tradehub.shared.Caller;
import io.tradehub.shared.ConflictException;
import io.tradehub.shared.HubIds;
import io.tradehub.shared.IllegalTransitionException;
import io.tradehub.shared.NotFoundException;
import io.tradehub.test.HubIntegrationTest;
import io.tradehub.tracking.Registration.Duplicate;
import io.tradehub.tracking.Registration.Registered;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The tracking services as the pipeline calls them, on the real database: receipts are
 * archived and decided once, interchanges are unique per sender, documents move only
 * along their lifecycle, repeats change nothing, and replays follow their rules.
 */
@RecordApplicationEvents
class TrackingIntegrationTests extends HubIntegrationTest {

	private static final UUID SUPPLIER = UUID.randomUUID();

	private static final UUID CUSTOMER = UUID.randomUUID();

	@Autowired
	private Receipts receipts;

	@Autowired
	private Interchanges interchanges;

	@Autowired
	private Documents documents;

	@Autowired
	private ApplicationEvents applicationEvents;

	@Test
	void aReceiptKeepsTheBytesAndIsDecidedOnce() {
		byte[] bytes = "UNB+UNOC:3+4012345000016:14'".getBytes(StandardCharsets.UTF_8);
		UUID id = this.receipts
			.receive(new Inbound("acme-sftp-inbound", "sftp", "acme", "acme-user", "../../in/orders.edi", bytes));

		ReceiptView received = this.receipts.get(id);
		assertThat(received.status()).isEqualTo(ReceiptStatus.RECEIVED);
		assertThat(received.fileName()).isEqualTo("orders.edi");
		assertThat(received.size()).isEqualTo(bytes.length);
		assertThat(received.sha256()).hasSize(64);
		assertThat(this.receipts.raw(id)).isEqualTo(bytes);

		assertThat(this.receipts.read(id, "EDIFACT D96A")).isTrue();
		assertThat(this.receipts.read(id, "EDIFACT D96A")).as("a redelivered read").isFalse();
		assertThat(this.receipts.get(id).format()).isEqualTo("EDIFACT D96A");
		assertThatThrownBy(() -> this.receipts.refuse(id, "late", List.of()))
			.isInstanceOf(IllegalTransitionException.class)
			.hasMessageContaining("READ");

		UUID refused = this.receipts.receive(new Inbound("http", "http", null, null, "x.edi", bytes));
		List<Map<String, Object>> problems = List.of(Map.of("segment", "UNT", "line", 3, "message", "count"));
		assertThat(this.receipts.refuse(refused, "UNT count is wrong", problems)).isTrue();
		assertThat(this.receipts.refuse(refused, "UNT count is wrong", problems)).isFalse();
		assertThat(this.receipts.get(refused).problems()).contains("\"segment\":\"UNT\"");
		assertThatThrownBy(() -> this.receipts.read(refused, "EDIFACT")).isInstanceOf(IllegalTransitionException.class);
	}

	@Test
	void oversizeInputIsArchivedAsRefusedAndThenRefused(@Autowired ReceiptRepository receiptRepository,
			@Autowired RawContentRepository raws, @Autowired TrackingEventRepository events,
			@Autowired com.fasterxml.jackson.databind.ObjectMapper json,
			@Autowired PlatformTransactionManager transactions,
			@Autowired org.springframework.jdbc.core.JdbcTemplate jdbc) {
		Receipts small = new Receipts(receiptRepository, raws, events, new TrackingProperties(DataSize.ofBytes(10)),
				json, this.clock, transactions, jdbc);
		byte[] bytes = new byte[11];

		assertThatThrownBy(() -> small.receive(new Inbound("http", "http", null, null, "big.edi", bytes)))
			.isInstanceOfSatisfying(OversizeInputException.class, ex -> {
				assertThat(ex).hasMessageContaining("11 bytes").hasMessageContaining("10 bytes");
				assertThat(this.receipts.get(ex.receiptId()).status()).isEqualTo(ReceiptStatus.REFUSED);
				assertThat(this.receipts.raw(ex.receiptId())).isEqualTo(bytes);
			});
	}

	@Test
	void receiptsLeftUnreadAreFoundForTheSweeper() {
		UUID id = receive();
		assertThat(this.receipts.stalled(this.clock.instant().plusSeconds(1), 1000)).contains(id);
		assertThat(this.receipts.stalled(this.clock.instant().minusSeconds(60), 1000)).doesNotContain(id);
	}

	@Test
	void aSecondInterchangeWithTheSameReferenceIsADuplicateButARedeliveryIsNot() {
		UUID first = receive();
		UUID second = receive();
		UUID sender = UUID.randomUUID();

		Registration registered = this.interchanges.register(first, sender, "REF-1");
		assertThat(registered).isInstanceOf(Registered.class);
		assertThat(this.interchanges.register(first, sender, "REF-1")).as("redelivered").isEqualTo(registered);
		assertThat(this.interchanges.register(second, sender, "REF-1"))
			.isEqualTo(new Duplicate(first, this.receipts.get(first).receivedAt()));
		assertThat(this.interchanges.register(second, UUID.randomUUID(), "REF-1")).isInstanceOf(Registered.class);
		assertThat(this.receipts.get(first).senderCompanyId()).isEqualTo(sender);
	}

	@Test
	void twoInstancesRegisteringTheSameInterchangeAtOnceGetOneRegistration() throws Exception {
		UUID sender = UUID.randomUUID();
		for (int round = 0; round < 5; round++) {
			String reference = "RACE-" + round;
			List<UUID> receipts = List.of(receive(), receive());
			CyclicBarrier start = new CyclicBarrier(2);
			List<CompletableFuture<Registration>> racing = receipts.stream()
				.map(receipt -> CompletableFuture.supplyAsync(() -> {
					await(start);
					return this.interchanges.register(receipt, sender, reference);
				}))
				.toList();
			List<Registration> outcomes = racing.stream().map(CompletableFuture::join).toList();
			assertThat(outcomes).filteredOn(Registered.class::isInstance).hasSize(1);
			assertThat(outcomes).filteredOn(Duplicate.class::isInstance).hasSize(1);
		}
	}

	@Test
	void anInputHandedOverTwiceUnderItsSourceKeyIsOneReceiptEvenWhenBothTakesRace() {
		for (int round = 0; round < 5; round++) {
			String key = "ID:" + UUID.randomUUID();
			byte[] bytes = ("order " + round).getBytes(StandardCharsets.UTF_8);
			CyclicBarrier start = new CyclicBarrier(2);
			List<CompletableFuture<UUID>> racing = List.of(1, 2)
				.stream()
				.map((take) -> CompletableFuture.supplyAsync(() -> {
					await(start);
					return this.receipts.receive(keyed("erp-jms-inbound", key, bytes));
				}))
				.toList();
			List<UUID> ids = racing.stream().map(CompletableFuture::join).toList();
			assertThat(ids.get(1)).as("round %d", round).isEqualTo(ids.get(0));
			assertThat(this.receipts.receive(keyed("erp-jms-inbound", key, bytes))).as("a later redelivery")
				.isEqualTo(ids.get(0));
			assertThat(this.receipts.receive(keyed("other-jms-inbound", key, bytes)))
				.as("the same key on another channel")
				.isNotEqualTo(ids.get(0));
		}
	}

	@Test
	void aSourceKeyUsedAgainForOtherContentIsRefusedNamingItsReceipt() {
		String key = CUSTOMER + "/" + UUID.randomUUID();
		UUID first = this.receipts.receive(keyed("http", key, new byte[] { 1 }));

		assertThatThrownBy(() -> this.receipts.receive(keyed("http", key, new byte[] { 2 })))
			.isInstanceOf(ConflictException.class)
			.hasMessage("The key was already used for receipt " + first
					+ " (in.edi) with other content; send a new file with a new key");
	}

	private static Inbound keyed(String channel, String sourceKey, byte[] bytes) {
		return new Inbound(channel, "jms", null, null, "in.edi", bytes, null, null, sourceKey);
	}

	@Test
	void aDocumentMovesAlongItsLifecycleAndRepeatsChangeNothing() {
		UUID receipt = receive();
		NewDocument order = order();
		UUID id = this.documents.accept(order);
		assertThat(this.documents.accept(order)).as("a redelivered accept").isEqualTo(id);
		assertThat(this.documents.get(id).status()).isEqualTo(DocumentStatus.ACCEPTED);

		Output output = new Output("order.edi", "EDIFACT D96A", "alpine-sftp-outbound", "42",
				"UNB'".getBytes(StandardCharsets.UTF_8));
		assertThat(this.documents.routedOutput(id)).as("accepted, not routed yet").isEmpty();
		assertThat(this.documents.routed(id, output)).isTrue();
		assertThat(this.documents.routed(id, output)).isFalse();
		assertThat(this.documents.routedOutput(id)).as("what the route stage delivers")
			.hasValueSatisfying((out) -> assertThat(out).usingRecursiveComparison().isEqualTo(output));
		Instant next = this.clock.instant().plusSeconds(60);
		assertThat(this.documents.retrying(id, "connection refused", next)).isTrue();
		assertThat(this.documents.routedOutput(id)).as("retrying: the route stage reads the entity").isEmpty();
		assertThat(this.documents.retrying(id, "connection refused", next)).as("same attempt again").isFalse();
		assertThat(this.documents.dueForRetry(next, 1000)).contains(id);
		assertThat(this.documents.retrying(id, "timeout", next.plusSeconds(60))).isTrue();
		assertThat(this.documents.delivered(id)).isTrue();
		assertThat(this.documents.delivered(id)).isFalse();

		DocumentView delivered = this.documents.get(id);
		assertThat(delivered.status()).isEqualTo(DocumentStatus.DELIVERED);
		assertThat(delivered.attempts()).isEqualTo(2);
		assertThat(delivered.document().envelope().hubId()).isEqualTo(id);
		assertThat(this.documents.output(id))
			.hasValueSatisfying(out -> assertThat(out.bytes()).isEqualTo(output.bytes()));
		assertThat(this.documents.sentIn(CUSTOMER, "42")).contains(id);
		assertThatThrownBy(() -> this.documents.failed(id, "too late")).isInstanceOfSatisfying(
				IllegalTransitionException.class, ex -> assertThat(ex.currentState()).isEqualTo("DELIVERED"));
		assertThat(receipt).isNotNull();
	}

	@Test
	void changesOfOneInstantAreListedInTheOrderTheyHappened(@Autowired TrackingEventRepository events) {
		// accepted and routed in one step: two changes with the same time
		for (int i = 0; i < 30; i++) {
			UUID id = this.documents.acceptRouted(order(), output());

			assertThat(events.findByDocumentIdOrderByAtAscIdAsc(id)).extracting(TrackingEvent::view)
				.extracting(TrackingEvent.Change::to)
				.as("document %d", i)
				.containsExactly("ACCEPTED", "ROUTED");
		}
	}

	@Test
	void illegalMovesAreRefusedNamingTheCurrentState() {
		UUID accepted = this.documents.accept(order());
		assertThatThrownBy(() -> this.documents.delivered(accepted)).as("not routed yet")
			.isInstanceOfSatisfying(IllegalTransitionException.class,
					ex -> assertThat(ex.currentState()).isEqualTo("ACCEPTED"));
		assertThatThrownBy(() -> this.documents.failed(accepted, "no")).isInstanceOf(IllegalTransitionException.class);

		UUID refused = this.documents.refuse(order(), "No active connection with Alpine Foods GmbH.");
		assertThat(this.documents.get(refused).status()).isEqualTo(DocumentStatus.REFUSED);
		assertThat(this.documents.refuse(refused, "again")).isFalse();
		assertThatThrownBy(() -> this.documents.routed(refused, output()))
			.isInstanceOf(IllegalTransitionException.class);

		assertThat(this.documents.refuse(accepted, "The receiver has no profile.")).isTrue();
		assertThat(DocumentStatus.values()).filteredOn(DocumentStatus::isFinal)
			.containsExactlyInAnyOrder(DocumentStatus.DELIVERED, DocumentStatus.FAILED, DocumentStatus.REFUSED);
		assertThatThrownBy(() -> this.documents.accept(new NewDocument(null, null,
				TrackedDocuments.document(DocumentType.ORDER, SUPPLIER, CUSTOMER, "X", UUID.randomUUID()), null, null)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("not tracked");
	}

	@Test
	void anIncomingAcknowledgementIsDeliveredOnceTiedToWhatItAcknowledges() {
		UUID order = this.documents.accept(order());
		this.documents.routed(order, output());
		this.documents.delivered(order);
		Acknowledgement ack = new Acknowledgement(
				new Envelope(HubIds.next(), Party.company(CUSTOMER), Party.company(SUPPLIER), "ACK-1", null, null, null,
						null),
				Acknowledgement.Kind.SYNTAX, Acknowledgement.Level.INTERCHANGE, "42", Acknowledgement.Status.ACCEPTED,
				null, List.of(), List.of());
		UUID untied = this.documents.accept(new NewDocument(receive(), null, ack, null, null));
		assertThatThrownBy(() -> this.documents.delivered(untied)).isInstanceOf(IllegalTransitionException.class);

		Acknowledgement tiedAck = new Acknowledgement(
				new Envelope(HubIds.next(), Party.company(CUSTOMER), Party.company(SUPPLIER), "ACK-2", null, null, null,
						null),
				Acknowledgement.Kind.SYNTAX, Acknowledgement.Level.INTERCHANGE, "42", Acknowledgement.Status.ACCEPTED,
				null, List.of(), List.of());
		UUID tied = this.documents.accept(new NewDocument(receive(), null, tiedAck, null, order));
		assertThat(this.documents.delivered(tied)).isTrue();
		assertThat(this.documents.get(tied).acknowledgesDocumentId()).isEqualTo(order);
	}

	@Test
	void onlyAFailedDocumentIsReplayedOnceForItsPartners() {
		UUID id = this.documents.accept(order());
		this.documents.routed(id, output());
		Caller supplier = caller(SUPPLIER);
		assertThatThrownBy(() -> this.documents.replay(id, supplier)).isInstanceOfSatisfying(
				IllegalTransitionException.class, ex -> assertThat(ex.currentState()).isEqualTo("ROUTED"));
		this.documents.failed(id, "The partner's SFTP server refused the login.");

		assertThatThrownBy(() -> this.documents.replay(id, caller(UUID.randomUUID())))
			.isInstanceOf(NotFoundException.class);
		UUID replay = this.documents.replay(id, caller(CUSTOMER));

		DocumentView replayed = this.documents.get(replay);
		assertThat(replayed.status()).isEqualTo(DocumentStatus.ROUTED);
		assertThat(replayed.replayOf()).isEqualTo(id);
		assertThat(replayed.document().envelope().hubId()).isEqualTo(replay);
		assertThat(this.documents.output(replay)).isPresent();
		assertThat(this.documents.get(id).status()).isEqualTo(DocumentStatus.FAILED);
		assertThat(this.applicationEvents.stream(DocumentReplayRequested.class))
			.containsExactly(new DocumentReplayRequested(replay));
		assertThatThrownBy(() -> this.documents.replay(id, supplier)).isInstanceOf(ConflictException.class)
			.hasMessageContaining(replay.toString());
		assertThat(this.documents.stalled(EnumSet.of(DocumentStatus.ROUTED), this.clock.instant().plusSeconds(1), 1000))
			.contains(replay);
		this.clock.advance(Duration.ofHours(1));
	}

	private NewDocument order() {
		return NewDocument.read(receive(), null,
				TrackedDocuments.document(DocumentType.ORDER, SUPPLIER, CUSTOMER, "PO-" + UUID.randomUUID(), null));
	}

	private static Output output() {
		return new Output("order.edi", "EDIFACT D96A", "alpine-sftp-outbound", null, new byte[] { 1, 2 });
	}

	private UUID receive() {
		return this.receipts.receive(new Inbound("test", "http", null, null, "in.edi", new byte[] { 42 }));
	}

	private static Caller caller(UUID companyId) {
		return new Caller(null, companyId, "test", false, java.util.Set.of());
	}

	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
