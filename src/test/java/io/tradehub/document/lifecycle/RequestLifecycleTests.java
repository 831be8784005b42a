package io.tradehub.document.lifecycle;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.tradehub.partner.ConnectionState;
import io.tradehub.partner.ConnectionStatus;
import io.tradehub.shared.IllegalTransitionException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A request's guarded transitions, with its deadline judged by the clock.
 */
class RequestLifecycleTests {

	static final ConnectionState CONNECTION = new ConnectionState(UUID.randomUUID(), UUID.randomUUID(),
			UUID.randomUUID(), ConnectionStatus.ACTIVE, true);

	private static final Instant RECEIVED = Instant.parse("2026-12-01T08:00:00Z");

	private static final Instant DEADLINE = RECEIVED.plus(Duration.ofHours(24));

	private final RequestLifecycle request = new RequestLifecycle(CONNECTION, "RQ-7", UUID.randomUUID(), RECEIVED,
			DEADLINE);

	@Test
	void aWaitingRequestCountsAsExpiredFromItsDeadlineOnAndCanNoLongerBeAnswered() {
		assertThat(this.request.status(DEADLINE.minusMillis(1))).isEqualTo(RequestStatus.WAITING);
		assertThat(this.request.status(DEADLINE)).isEqualTo(RequestStatus.EXPIRED);
		assertThatThrownBy(() -> this.request.answer("Q-1", UUID.randomUUID(), DEADLINE))
			.isInstanceOf(IllegalTransitionException.class)
			.hasMessage("Cannot answer request RQ-7 while it is EXPIRED.");
	}

	@Test
	void anAnsweredRequestIsNotAnsweredTwiceButCanBeReopenedAndConverted() {
		UUID answer = UUID.randomUUID();
		this.request.answer("Q-1", answer, RECEIVED.plusSeconds(60));
		assertThat(this.request.status(DEADLINE.plusSeconds(1))).isEqualTo(RequestStatus.ANSWERED);
		assertThat(this.request.answerDocumentId()).isEqualTo(answer);
		assertThatThrownBy(() -> this.request.answer("Q-2", UUID.randomUUID(), RECEIVED.plusSeconds(120)))
			.isInstanceOf(IllegalTransitionException.class);

		Instant later = DEADLINE.plusSeconds(3600);
		this.request.reopen(later.plus(Duration.ofHours(24)), later);
		assertThat(this.request.status(later)).isEqualTo(RequestStatus.WAITING);
		this.request.convert(UUID.randomUUID(), later);
		assertThat(this.request.status(later)).isEqualTo(RequestStatus.CONVERTED);
		assertThatThrownBy(() -> this.request.cancel(later)).isInstanceOf(IllegalTransitionException.class);
	}

	@Test
	void anExpiredRequestReopensOnlyWithADeadlineAheadAndIsNeitherCancelledNorConverted() {
		Instant later = DEADLINE.plusSeconds(60);
		assertThatIllegalArgumentException().isThrownBy(() -> this.request.reopen(later, later));
		assertThatThrownBy(() -> this.request.cancel(later)).isInstanceOf(IllegalTransitionException.class);
		assertThatThrownBy(() -> this.request.convert(UUID.randomUUID(), later))
			.isInstanceOf(IllegalTransitionException.class);
		this.request.reopen(later.plusSeconds(60), later);
		this.request.cancel(later);
		assertThat(this.request.status(later)).isEqualTo(RequestStatus.CANCELLED);
	}

	@Test
	void theDeadlineReadsAsTheSupplierSeesIt() {
		assertThat(RequestLifecycle.local(DEADLINE, java.time.ZoneId.of("Europe/Berlin")))
			.isEqualTo("2026-12-02 09:00 Europe/Berlin");
	}

}
