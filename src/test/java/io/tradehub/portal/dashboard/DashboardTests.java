package io.tradehub.portal.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.tradehub.portal.Search;
import io.tradehub.portal.Widget;
import io.tradehub.portal.WidgetCounts;
import io.tradehub.shared.Caller;
import io.tradehub.shared.InvalidInputException;
import io.tradehub.shared.InvalidInputException.FieldProblem;
import io.tradehub.shared.NotFoundException;
import io.tradehub.shared.Privilege;
import org.junit.jupiter.api.Test;

import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Which widgets a user sees, and what a reset changes: the counter is asked again, from
 * the moment of the reset on.
 */
class DashboardTests {

	private final Clock clock = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);

	private final Map<Search, Instant> asked = new HashMap<>();

	private final WidgetCounts counts = (caller, search, since) -> {
		this.asked.put(search, since);
		return (since == null) ? 5 : 0;
	};

	private final Searches searches = new Searches();

	private final Dashboard dashboard = new Dashboard(this.counts, new Resets(), this.searches, this.clock);

	private final SavedSearches saved = new SavedSearches(this.searches, this.counts, this.clock);

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
		assertThat(this.asked).containsEntry(Widget.ORDERS_DELAYED.search(), resetAt)
			.containsEntry(Widget.ORDERS_TO_BE_SHIPPED.search(), null);
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

	@Test
	void aSavedSearchIsAWidgetAfterTheDefaultsWithItsOwnCounterAndTheAlertBandOfItsView() {
		Caller anna = manager();
		Search delayed = new Search(Search.Area.ORDERS, null, "DELAYED", null, UUID.randomUUID(), null, null, null);
		Search shipped = new Search(Search.Area.ORDERS, null, "SHIPPED_RECENTLY", null, null, null, null, null);

		this.saved.save(anna, " Late for Bistro ", delayed);
		this.saved.save(anna, "Shipped", shipped);

		List<WidgetCount> widgets = this.dashboard.widgets(anna);
		assertThat(widgets).hasSize(9);
		assertThat(widgets.subList(7, 9))
			.extracting(WidgetCount::name, WidgetCount::search, WidgetCount::count, WidgetCount::alert)
			.containsExactly(tuple("Late for Bistro", delayed, 5L, true), tuple("Shipped", shipped, 5L, false));
		assertThat(widgets.get(7).key()).startsWith("search-");
		assertThat(this.dashboard.widgets(manager())).as("another user's dashboard").hasSize(7);
	}

	@Test
	void aResetSavedSearchCountsFromItsResetOn() {
		Caller anna = manager();
		Search answered = Widget.REQUESTS_ANSWERED.search();
		UUID id = this.saved.save(anna, "Answered", answered);

		this.saved.reset(anna, id);

		assertThat(this.dashboard.widgets(anna).get(7)).satisfies(widget -> {
			assertThat(widget.count()).isZero();
			assertThat(widget.resetAt()).isEqualTo(this.clock.instant());
			assertThat(widget.resetPath()).isEqualTo("/portal/searches/" + id + "/reset");
		});
		assertThatThrownBy(() -> this.saved.reset(manager(), id)).as("another user's saved search")
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void aSavedSearchNeedsANameOfItsOwnAndThePrivilegeOfItsArea() {
		Caller anna = manager();
		Caller shipping = new Caller(UUID.randomUUID(), this.company, "ship@example.com", false,
				EnumSet.of(Privilege.ORDERS));
		this.saved.save(anna, "Mine", Widget.ORDERS_DELAYED.search());

		assertThatThrownBy(() -> this.saved.save(anna, "Mine", Widget.ORDERS_TO_BE_SHIPPED.search()))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems()).extracting(FieldProblem::field).containsExactly("name"));
		assertThatThrownBy(() -> this.saved.save(anna, "  ", Widget.ORDERS_TO_BE_SHIPPED.search()))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> this.saved.save(shipping, "Requests", Widget.REQUESTS_WAITING.search()))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void aDefaultWidgetLinksToThePortalListOfItsView() {
		assertThat(Widget.REQUESTS_EXPIRED.link()).isEqualTo("/portal/requests?side=SUPPLIER&view=EXPIRED");
		assertThat(new Search(Search.Area.ORDERS, null, null, "SHIPPED", null, "PO 1", LocalDate.of(2026, 12, 1), null)
			.link()).isEqualTo("/portal/orders?status=SHIPPED&number=PO%201&from=2026-12-01");
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

	/** The saved searches in memory. */
	private static final class Searches implements SavedSearchRepository {

		private final List<SavedSearch> rows = new ArrayList<>();

		@Override
		public List<SavedSearch> findByUserIdAndCompanyIdOrderByCreatedAt(UUID userId, UUID companyId) {
			return this.rows.stream().filter(row -> row.userId().equals(userId)).toList();
		}

		@Override
		public Optional<SavedSearch> findByIdAndUserIdAndCompanyId(UUID id, UUID userId, UUID companyId) {
			return findByUserIdAndCompanyIdOrderByCreatedAt(userId, companyId).stream()
				.filter(row -> row.id().equals(id))
				.findFirst();
		}

		@Override
		public boolean existsByUserIdAndName(UUID userId, String name) {
			return this.rows.stream().anyMatch(row -> row.userId().equals(userId) && row.name().equals(name));
		}

		@Override
		public SavedSearch save(SavedSearch search) {
			this.rows.add(search);
			return search;
		}

		@Override
		public void delete(SavedSearch search) {
			this.rows.remove(search);
		}

	}

}
