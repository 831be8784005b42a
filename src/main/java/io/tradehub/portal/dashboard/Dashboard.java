package io.tradehub.portal.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.tradehub.portal.Widget;
import io.tradehub.portal.WidgetCounts;
import io.tradehub.shared.Caller;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The counters of a supplier user's dashboard. Each asks the lifecycle views as of now,
 * scoped to the caller's company as supplier, and counts only what was received after the
 * user last reset the widget.
 */
@Service
public class Dashboard {

	private final WidgetCounts counts;

	private final WidgetResetRepository resets;

	private final SavedSearchRepository searches;

	private final Clock clock;

	Dashboard(WidgetCounts counts, WidgetResetRepository resets, SavedSearchRepository searches, Clock clock) {
		this.counts = counts;
		this.resets = resets;
		this.searches = searches;
		this.clock = clock;
	}

	/**
	 * The widgets the caller has the privileges for: the defaults in their fixed order,
	 * then the caller's saved searches in the order they were saved.
	 */
	@Transactional(readOnly = true)
	public List<WidgetCount> widgets(Caller caller) {
		Map<Widget, Instant> resetAt = this.resets.findByUserId(user(caller))
			.stream()
			.collect(Collectors.toMap(WidgetReset::widget, WidgetReset::resetAt));
		Stream<WidgetCount> defaults = Arrays.stream(Widget.values())
			.filter((widget) -> caller.has(widget.privilege()))
			.map((widget) -> new WidgetCount(widget.name(), widget.search(), widget, null,
					this.counts.count(caller, widget.search(), resetAt.get(widget)), resetAt.get(widget)));
		Stream<WidgetCount> saved = this.searches
			.findByUserIdAndCompanyIdOrderByCreatedAt(user(caller), caller.companyId())
			.stream()
			.filter((search) -> caller.has(search.search().area().privilege()))
			.map((search) -> new WidgetCount(search.key(), search.search(), null, search.name(),
					this.counts.count(caller, search.search(), search.resetAt()), search.resetAt()));
		return Stream.concat(defaults, saved).toList();
	}

	/** From now on the widget counts only what arrives later. */
	@Transactional
	public void reset(Caller caller, Widget widget) {
		caller.require(widget.privilege());
		UUID user = user(caller);
		Instant now = this.clock.instant();
		this.resets.findByUserIdAndWidget(user, widget)
			.ifPresentOrElse((reset) -> reset.resetAgain(now),
					() -> this.resets.save(new WidgetReset(user, widget, now)));
	}

	static UUID user(Caller caller) {
		if (caller.userId() == null) {
			throw new AccessDeniedException("The dashboard belongs to a user, not an API token.");
		}
		return caller.userId();
	}

}
