package io.tradehub.portal;

import java.util.Locale;

import io.tradehub.shared.Privilege;

/**
 * The seven default widgets of a supplier's dashboard, each one view of the supplier's
 * requests or orders (DESIGN §3). A "bad" widget raises the alert band as soon as it
 * counts anything.
 */
public enum Widget {

	/** Requests with more than an hour left to answer. */
	REQUESTS_WAITING(Search.Area.REQUESTS, "WAITING", false),

	/** Requests in their last hour. */
	REQUESTS_EXPIRING(Search.Area.REQUESTS, "EXPIRING", true),

	/** Requests whose deadline passed unanswered. */
	REQUESTS_EXPIRED(Search.Area.REQUESTS, "EXPIRED", true),

	/** Requests answered in time. */
	REQUESTS_ANSWERED(Search.Area.REQUESTS, "ANSWERED", false),

	/** Orders not fully shipped, their ship-by still ahead. */
	ORDERS_TO_BE_SHIPPED(Search.Area.ORDERS, "TO_BE_SHIPPED", false),

	/** Orders not fully shipped, their ship-by passed. */
	ORDERS_DELAYED(Search.Area.ORDERS, "DELAYED", true),

	/** Orders fully shipped in the last 14 days. */
	ORDERS_SHIPPED_RECENTLY(Search.Area.ORDERS, "SHIPPED_RECENTLY", false);

	private final Search search;

	private final boolean bad;

	Widget(Search.Area area, String view, boolean bad) {
		this.search = Search.supplierView(area, view);
		this.bad = bad;
	}

	/** Whether anything counted here needs the supplier's attention. */
	public boolean bad() {
		return this.bad;
	}

	/** The area a user needs the privilege of to see this widget. */
	public Privilege privilege() {
		return this.search.area().privilege();
	}

	/** What the widget counts: its view, from the supplier's side. */
	public Search search() {
		return this.search;
	}

	/** The portal list behind the counter. */
	public String link() {
		return this.search.link();
	}

	/** The key of its title in the portal's messages. */
	public String titleKey() {
		return "widget." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
