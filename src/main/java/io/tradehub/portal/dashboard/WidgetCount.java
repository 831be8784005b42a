package io.tradehub.portal.dashboard;

import java.time.Instant;

import io.tradehub.portal.Widget;
import org.jspecify.annotations.Nullable;

/**
 * What one widget shows now.
 *
 * @param widget the widget
 * @param count how many requests or orders are in its view, received after the reset
 * @param resetAt when the user last reset it; null if never
 */
public record WidgetCount(Widget widget, long count, @Nullable Instant resetAt) {

	/** Whether the widget's alert band is raised: a bad view that counts anything. */
	public boolean alert() {
		return this.widget.bad() && this.count > 0;
	}

}
