package io.tradehub.partner.connection;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import io.tradehub.partner.ConnectionStatus;
import io.tradehub.partner.connection.ConnectionTransition.TransitionView;
import io.tradehub.shared.IllegalTransitionException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static io.tradehub.partner.ConnectionStatus.ACTIVE;
import static io.tradehub.partner.ConnectionStatus.APPROVED_INACTIVE;
import static io.tradehub.partner.ConnectionStatus.DEACTIVATED;
import static io.tradehub.partner.ConnectionStatus.ONBOARDING;
import static io.tradehub.partner.ConnectionStatus.PENDING;
import static io.tradehub.partner.ConnectionStatus.REJECTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The connection lifecycle of DESIGN §2: each allowed step moves the status and is
 * recorded with who, when and why; every other step is refused naming the current state
 * and changes nothing.
 */
class ConnectionTests {

	private static final Instant START = Instant.parse("2025-03-03T08:00:00Z");

	private static final Actor CUSTOMER = new Actor(UUID.randomUUID(), "lena@bistro.example");

	private static final Actor SUPPLIER = new Actor(UUID.randomUUID(), "max@alpine.example");

	private static final ConnectionSettings TERMS = new ConnectionSettings("RETAIL", new BigDecimal("12.5"),
			Visibility.ALLOW_LIST, Set.of("SKU-1", "SKU-2"), false, Map.of(DayOfWeek.TUESDAY, "DHL"), 48, 3);

	/**
	 * The steps of the lifecycle, each with the states it may start from and where it
	 * leads. Rejecting a connection that is onboarding or approved but inactive goes
	 * beyond the diagram in DESIGN §2, which draws reject from PENDING only; it is the
	 * supplier's only way out of those states.
	 */
	enum Step {

		REQUEST_AGAIN("request", PENDING, REJECTED),

		ACCEPT("accept", ACTIVE, PENDING),

		ACCEPT_WITH_ONBOARDING("accept-with-onboarding", ONBOARDING, PENDING),

		COMPLETE_ONBOARDING("complete-onboarding", ACTIVE, ONBOARDING),

		APPROVE("approve", APPROVED_INACTIVE, PENDING),

		ACTIVATE("activate", ACTIVE, APPROVED_INACTIVE),

		REJECT("reject", REJECTED, PENDING, ONBOARDING, APPROVED_INACTIVE),

		DEACTIVATE("deactivate", DEACTIVATED, ACTIVE),

		REACTIVATE("reactivate", ACTIVE, DEACTIVATED);

		final String action;

		final ConnectionStatus to;

		final Set<ConnectionStatus> from;

		Step(String action, ConnectionStatus to, ConnectionStatus first, ConnectionStatus... more) {
			this.action = action;
			this.to = to;
			this.from = EnumSet.of(first, more);
		}

		/** Takes the step as the side that may take it; answers the reason given. */
		@Nullable String take(Connection connection, Instant at) {
			switch (this) {
				case REQUEST_AGAIN -> {
					connection.requestAgain("Please reconsider", CUSTOMER, at);
					return "Please reconsider";
				}
				case ACCEPT -> connection.accept(SUPPLIER, at);
				case ACCEPT_WITH_ONBOARDING -> connection.acceptWithOnboarding(TERMS, SUPPLIER, at);
				case COMPLETE_ONBOARDING -> connection.completeOnboarding("2025-01", CUSTOMER, at);
				case APPROVE -> connection.approve(SUPPLIER, at);
				case ACTIVATE -> connection.activate(TERMS, SUPPLIER, at);
				case REJECT -> {
					connection.reject("Outside our delivery area", SUPPLIER, at);
					return "Outside our delivery area";
				}
				case DEACTIVATE -> {
					connection.deactivate("Unpaid invoices", SUPPLIER, at);
					return "Unpaid invoices";
				}
				case REACTIVATE -> connection.reactivate(SUPPLIER, at);
			}
			return null;
		}

		Actor actor() {
			return (this == REQUEST_AGAIN || this == COMPLETE_ONBOARDING) ? CUSTOMER : SUPPLIER;
		}

	}

	@Test
	void newConnectionIsPendingAndRecordsTheRequest() {
		Connection connection = new Connection(UUID.randomUUID(), UUID.randomUUID(), ConnectionOrigin.REQUEST,
				"We would like to order weekly", CUSTOMER, START);

		assertThat(connection.status()).isEqualTo(PENDING);
		assertThat(connection.transitions()).extracting(ConnectionTransition::view)
			.containsExactly(new TransitionView("request", null, PENDING, CUSTOMER.name(),
					"We would like to order weekly", START));
	}

	@ParameterizedTest(name = "{0} from {1}")
	@MethodSource("allowedSteps")
	void allowedStepMovesTheStatusAndIsRecordedWithWhoWhenAndWhy(Step step, ConnectionStatus from) {
		Connection connection = connectionIn(from);
		int recorded = connection.transitions().size();
		Instant at = START.plus(Duration.ofDays(7));

		String reason = step.take(connection, at);

		assertThat(connection.status()).isEqualTo(step.to);
		assertThat(connection.transitions()).hasSize(recorded + 1);
		assertThat(last(connection))
			.isEqualTo(new TransitionView(step.action, from, step.to, step.actor().name(), reason, at));
	}

	@ParameterizedTest(name = "{0} from {1}")
	@MethodSource("disallowedSteps")
	void disallowedStepIsRefusedNamingTheCurrentStateAndChangesNothing(Step step, ConnectionStatus from) {
		Connection connection = connectionIn(from);
		List<TransitionView> before = views(connection);
		ConnectionSettings settings = connection.settings();

		assertThatExceptionOfType(IllegalTransitionException.class)
			.isThrownBy(() -> step.take(connection, START.plus(Duration.ofDays(7))))
			.withMessageContaining("while it is " + from)
			.satisfies(ex -> assertThat(ex.currentState()).isEqualTo(from.name()));
		assertThat(connection.status()).isEqualTo(from);
		assertThat(views(connection)).isEqualTo(before);
		assertThat(connection.settings()).isEqualTo(settings);
	}

	@Test
	void acceptingWithOnboardingSetsTheSuppliersTerms() {
		Connection connection = connectionIn(PENDING);
		assertThat(connection.settings()).isNotEqualTo(TERMS);

		connection.acceptWithOnboarding(TERMS, SUPPLIER, START.plusSeconds(60));

		assertThat(connection.settings()).isEqualTo(TERMS);
	}

	@Test
	void activatingAnApprovedConnectionSetsTheSuppliersTerms() {
		Connection connection = connectionIn(APPROVED_INACTIVE);

		connection.activate(TERMS, SUPPLIER, START.plusSeconds(60));

		assertThat(connection.settings()).isEqualTo(TERMS);
	}

	@Test
	void completingOnboardingRecordsWhoAcceptedWhichTermsWhen() {
		Connection connection = connectionIn(ONBOARDING);
		Instant at = START.plus(Duration.ofDays(2));

		connection.completeOnboarding("2025-01", CUSTOMER, at);

		assertThat(connection.termsVersion()).isEqualTo("2025-01");
		assertThat(connection.termsAcceptedAt()).isEqualTo(at);
		assertThat(connection.termsAcceptedBy()).isEqualTo(CUSTOMER.name());
	}

	@Test
	void historyKeepsEveryStepOfAConnectionsLifeInOrder() {
		Connection connection = connectionIn(PENDING);
		connection.reject("Not now", SUPPLIER, START.plusSeconds(1));
		connection.requestAgain("And now?", CUSTOMER, START.plusSeconds(2));
		connection.approve(SUPPLIER, START.plusSeconds(3));
		connection.activate(TERMS, SUPPLIER, START.plusSeconds(4));
		connection.deactivate(null, SUPPLIER, START.plusSeconds(5));
		connection.reactivate(SUPPLIER, START.plusSeconds(6));

		assertThat(views(connection)).extracting(TransitionView::action, TransitionView::to, TransitionView::reason)
			.containsExactly(tuple("request", PENDING, "First request"), tuple("reject", REJECTED, "Not now"),
					tuple("request", PENDING, "And now?"), tuple("approve", APPROVED_INACTIVE, null),
					tuple("activate", ACTIVE, null), tuple("deactivate", DEACTIVATED, null),
					tuple("reactivate", ACTIVE, null));
		assertThat(connection.requestMessage()).isEqualTo("And now?");
	}

	static Stream<Arguments> allowedSteps() {
		return Stream.of(Step.values()).flatMap(step -> step.from.stream().map(from -> Arguments.of(step, from)));
	}

	static Stream<Arguments> disallowedSteps() {
		return Stream.of(Step.values())
			.flatMap(step -> EnumSet.complementOf(EnumSet.copyOf(step.from))
				.stream()
				.map(from -> Arguments.of(step, from)));
	}

	/** A connection brought to a status the way users bring it there. */
	private static Connection connectionIn(ConnectionStatus status) {
		Connection connection = new Connection(UUID.randomUUID(), UUID.randomUUID(), ConnectionOrigin.INVITE_LINK,
				"First request", CUSTOMER, START);
		Instant at = START.plusSeconds(1);
		switch (status) {
			case PENDING -> {
			}
			case ACTIVE -> connection.accept(SUPPLIER, at);
			case ONBOARDING -> connection.acceptWithOnboarding(TERMS, SUPPLIER, at);
			case APPROVED_INACTIVE -> connection.approve(SUPPLIER, at);
			case REJECTED -> connection.reject("No", SUPPLIER, at);
			case DEACTIVATED -> {
				connection.accept(SUPPLIER, at);
				connection.deactivate("Paused", SUPPLIER, at.plusSeconds(1));
			}
		}
		assertThat(connection.status()).isEqualTo(status);
		return connection;
	}

	private static List<TransitionView> views(Connection connection) {
		return new ArrayList<>(connection.transitions().stream().map(ConnectionTransition::view).toList());
	}

	private static TransitionView last(Connection connection) {
		List<TransitionView> views = views(connection);
		return views.get(views.size() - 1);
	}

}
