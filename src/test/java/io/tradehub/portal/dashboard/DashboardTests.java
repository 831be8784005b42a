package io.tradehub.portal.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.tradehub.portal.Widget;
import io.tradehub.shared.Caller;
import io.tradehub.shared.Privilege;
import org.junit.jupiter.api.Test;

import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Which widgets a user sees, and what a reset changes: the counter is asked again, from
 * the moment of the reset on.
 */
class DashboardTests {

	private final Clock clock = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);

	private final Map<Widget, Instant> asked = new HashMap<>();

	private final Dashboard dashboard = new Dashboard((caller, widget, since) -> {
		this.asked.put(widget, since);
		return (since == null) ? 5 : 0;
	}, new Resets(), this.clock);

	private final UUID company = UUID.randomUUID();

	@Test
	void aUserSeesOnlyTheWidgetsOfTheAreasItWorksIn() {
		Caller shipping = new Caller(UUID.randomUUID(), this.company, "ship@example.com", false,
				EnumSet.of(Privilege.ORDERS));

		assertThat(this.dashboard.widgets(shipping)).extracting(WidgetCount::widget)
			.containsExactly(Widget.ORDERS_TO_BE_SHIPPED, Widget.ORDERS_DELAYED, Widget.ORDERS_SHIPPED_RECENTLY);
	}

	@Test
	void aResetWidgetCountsFromItsResetOnForThatUserOnly() {
		Caller anna = manager();
		Caller ben = manager();
		Instant resetAt = this.clock.instant();

		this.dashboard.reset(anna, Widget.ORDERS_DELAYED);

		List<WidgetCount> annas = this.dashboard.widgets(anna);
		assertThat(this.asked).containsEntry(Widget.ORDERS_DELAYED, resetAt)
			.containsEntry(Widget.ORDERS_TO_BE_SHIPPED, null);
		assertThat(annas).filteredOn(count -> count.widget() == Widget.ORDERS_DELAYED)
			.singleElement()
			.satisfies(count -> {
				assertThat(count.count()).isZero();
				assertThat(count.alert()).isFalse();
				assertThat(count.resetAt()).isEqualTo(resetAt);
			});
		assertThat(this.dashboard.widgets(ben)).hasSize(7).allSatisfy(count -> assertThat(count.count()).isEqualTo(5));
	}

	@Test
	void onlyABadWidgetThatCountsSomethingRaisesItsAlert() {
		assertThat(this.dashboard.widgets(manager())).filteredOn(WidgetCount::alert)
			.extracting(WidgetCount::widget)
			.containsExactly(Widget.REQUESTS_EXPIRING, Widget.REQUESTS_EXPIRED, Widget.ORDERS_DELAYED);
	}

	@Test
	void anApiTokenHasNoDashboardToReset() {
		Caller token = new Caller(null, this.company, "ERP", false, Set.of(Privilege.ORDERS));

		assertThatThrownBy(() -> this.dashboard.reset(token, Widget.ORDERS_DELAYED))
			.isInstanceOf(AccessDeniedException.class);
	}

	private Caller manager() {
		return new Caller(UUID.randomUUID(), this.company, "manager@example.com", true, Set.of());
	}

	/** The resets in memory. */
	private static final class Resets implements WidgetResetRepository {

		private final List<WidgetReset> rows = new ArrayList<>();

		@Override
		public List<WidgetReset> findByUserId(UUID userId) {
			return this.rows.stream().filter(row -> row.userId().equals(userId)).toList();
		}

		@Override
		public Optional<WidgetReset> findByUserIdAndWidget(UUID userId, Widget widget) {
			return findByUserId(userId).stream().filter(row -> row.widget() == widget).findFirst();
		}

		@Override
		public WidgetReset save(WidgetReset reset) {
			this.rows.add(reset);
			return reset;
		}

	}

}
