package io.tradehub.portal;

import java.time.Instant;

import io.tradehub.shared.Caller;
import org.jspecify.annotations.Nullable;

/**
 * The dashboard's question, answered by the capability that owns requests and orders: how
 * many of the caller's company's, as supplier, are in a widget's view as of now.
 */
public interface WidgetCounts {

	/**
	 * @param since count only what was received at or after this moment; null for all
	 */
	long count(Caller caller, Widget widget, @Nullable Instant since);

}
