package io.tradehub.portal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import io.tradehub.shared.Privilege;
import org.jspecify.annotations.Nullable;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * A search over a company's requests or orders as the portal's lists and widgets ask it.
 * The view, status and side are the lifecycle's names ({@code EXPIRED},
 * {@code SUPPLIER}); the capability that owns requests and orders reads them, and refuses
 * a name it does not know. Dates are days in the company's time zone, both included.
 *
 * @param area requests or orders
 * @param side {@code SUPPLIER} or {@code CUSTOMER}; null for both
 * @param view a derived view such as {@code EXPIRED}; null for any
 * @param status a status such as {@code ANSWERED}; null for any
 * @param partner the other company; null for any
 * @param number the customer's number, exactly; null for any
 * @param from received on or after this day
 * @param to received on or before this day
 */
public record Search(Area area, @Nullable String side, @Nullable String view, @Nullable String status,
		@Nullable UUID partner, @Nullable String number, @Nullable LocalDate from, @Nullable LocalDate to) {

	public Search {
		side = blankToNull(side);
		view = blankToNull(view);
		status = blankToNull(status);
		number = blankToNull(number);
	}

	/** All of the area's requests or orders in a view, from the supplier's side. */
	public static Search supplierView(Area area, String view) {
		return new Search(area, "SUPPLIER", view, null, null, null, null, null);
	}

	/** The portal list showing what this search finds. */
	public String link() {
		return UriComponentsBuilder.fromPath(this.area.path())
			.queryParamIfPresent("side", Optional.ofNullable(this.side))
			.queryParamIfPresent("view", Optional.ofNullable(this.view))
			.queryParamIfPresent("status", Optional.ofNullable(this.status))
			.queryParamIfPresent("partner", Optional.ofNullable(this.partner))
			.queryParamIfPresent("number", Optional.ofNullable(this.number))
			.queryParamIfPresent("from", Optional.ofNullable(this.from))
			.queryParamIfPresent("to", Optional.ofNullable(this.to))
			.encode()
			.build()
			.toUriString();
	}

	/**
	 * Whether what this search finds needs attention, as for the default widget of the
	 * same view: an expiring or expired request, a delayed order.
	 */
	public boolean bad() {
		return Arrays.stream(Widget.values())
			.anyMatch((widget) -> widget.bad() && widget.search().area() == this.area
					&& widget.search().view().equals(this.view));
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/** What a search runs over. */
	public enum Area {

		REQUESTS(Privilege.REQUESTS), ORDERS(Privilege.ORDERS);

		private final Privilege privilege;

		Area(Privilege privilege) {
			this.privilege = privilege;
		}

		/** The area a user needs the privilege of to search it. */
		public Privilege privilege() {
			return this.privilege;
		}

		/** The portal's list of this area. */
		public String path() {
			return "/portal/" + name().toLowerCase(Locale.ROOT);
		}

	}

}
