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
	REQUESTS_WAITING("requests", "WAITING", false),

	/** Requests in their last hour. */
	REQUESTS_EXPIRING("requests", "EXPIRING", true),

	/** Requests whose deadline passed unanswered. */
	REQUESTS_EXPIRED("requests", "EXPIRED", true),

	/** Requests answered in time. */
	REQUESTS_ANSWERED("requests", "ANSWERED", false),

	/** Orders not fully shipped, their ship-by still ahead. */
	ORDERS_TO_BE_SHIPPED("orders", "TO_BE_SHIPPED", false),

	/** Orders not fully shipped, their ship-by passed. */
	ORDERS_DELAYED("orders", "DELAYED", true),

	/** Orders fully shipped in the last 14 days. */
	ORDERS_SHIPPED_RECENTLY("orders", "SHIPPED_RECENTLY", false);

	private final String list;

	private final String view;

	private final boolean bad;

	Widget(String list, String view, boolean bad) {
		this.list = list;
		this.view = view;
		this.bad = bad;
	}

	/** Whether anything counted here needs the supplier's attention. */
	public boolean bad() {
		return this.bad;
	}

	/** The area a user needs the privilege of to see this widget. */
	public Privilege privilege() {
		return this.list.equals("requests") ? Privilege.REQUESTS : Privilege.ORDERS;
	}

	/** The list behind the counter: the view it counts, from the supplier's side. */
	public String link() {
		return "/api/v1/" + this.list + "?side=SUPPLIER&view=" + this.view;
	}

	/** The key of its title in the portal's messages. */
	public String titleKey() {
		return "widget." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
