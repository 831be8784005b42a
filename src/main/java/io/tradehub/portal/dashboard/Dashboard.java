package io.tradehub.portal.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

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

	private final Clock clock;

	Dashboard(WidgetCounts counts, WidgetResetRepository resets, Clock clock) {
		this.counts = counts;
		this.resets = resets;
		this.clock = clock;
	}

	/** The widgets the caller has the privileges for, in their fixed order. */
	@Transactional(readOnly = true)
	public List<WidgetCount> widgets(Caller caller) {
		Map<Widget, Instant> resetAt = this.resets.findByUserId(user(caller))
			.stream()
			.collect(Collectors.toMap(WidgetReset::widget, WidgetReset::resetAt));
		return Arrays.stream(Widget.values())
			.filter((widget) -> caller.has(widget.privilege()))
			.map((widget) -> new WidgetCount(widget, this.counts.count(caller, widget, resetAt.get(widget)),
					resetAt.get(widget)))
			.toList();
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

	private static UUID user(Caller caller) {
		if (caller.userId() == null) {
			throw new AccessDeniedException("The dashboard belongs to a user, not an API token.");
		}
		return caller.userId();
	}

}
