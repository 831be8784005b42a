package io.tradehub.portal;

import java.time.Instant;

import io.tradehub.shared.Caller;
import org.jspecify.annotations.Nullable;

/**
 * The dashboard's question, answered by the capability that owns requests and orders: how
 * many of the caller's company's requests or orders a widget's search finds as of now.
 */
public interface WidgetCounts {

	/**
	 * @param since count only what was received at or after this moment; null for all
	 * @throws io.tradehub.shared.InvalidInputException when the search names a view,
	 * status or side the lifecycles do not know
	 */
	long count(Caller caller, Search search, @Nullable Instant since);

}
