package io.tradehub.portal.dashboard;

import java.time.Instant;

import io.tradehub.portal.Search;
import io.tradehub.portal.Widget;
import org.jspecify.annotations.Nullable;

/**
 * What one widget shows now: a default widget or a saved search.
 *
 * @param key how pages and alerts name it: the default widget's name, or
 * {@code search-<id>}
 * @param search what it counts
 * @param widget the default widget; null for a saved search
 * @param name the saved search's name; null for a default widget, whose title is a
 * message
 * @param count how many requests or orders it finds, received after the reset
 * @param resetAt when the user last reset it; null if never
 */
public record WidgetCount(String key, Search search, @Nullable Widget widget, @Nullable String name, long count,
		@Nullable Instant resetAt) {

	/** Whether the widget's alert band is raised: a bad view that counts anything. */
	public boolean alert() {
		return this.search.bad() && this.count > 0;
	}

	/** Whether this is a search the user saved, to be removed again. */
	public boolean saved() {
		return this.widget == null;
	}

	/** Where the widget's reset posts to. */
	public String resetPath() {
		return saved() ? savedPath() + "/reset" : "/portal/widgets/" + this.key + "/reset";
	}

	/** Where a saved search's removal posts to. */
	public String removePath() {
		return savedPath() + "/remove";
	}

	private String savedPath() {
		return "/portal/searches/" + this.key.substring(SavedSearch.KEY_PREFIX.length());
	}

}
