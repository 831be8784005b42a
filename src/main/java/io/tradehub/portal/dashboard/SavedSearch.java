package io.tradehub.portal.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.tradehub.portal.Search;
import io.tradehub.shared.HubIds;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A search a user saved under a name: a widget of its own on the user's dashboard,
 * counting what the search finds since the user last reset it.
 */
@Entity
@Table(name = "saved_search")
class SavedSearch {

	/** How a saved search's widget is named in pages and alerts: {@code search-<id>}. */
	static final String KEY_PREFIX = "search-";

	@Id
	private UUID id;

	private UUID userId;

	private UUID companyId;

	private String name;

	@Enumerated(EnumType.STRING)
	private Search.Area area;

	private @Nullable String side;

	@Column(name = "lifecycle_view")
	private @Nullable String view;

	private @Nullable String status;

	private @Nullable UUID partnerId;

	private @Nullable String documentNumber;

	private @Nullable LocalDate receivedFrom;

	private @Nullable LocalDate receivedTo;

	private @Nullable Instant resetAt;

	private Instant createdAt;

	protected SavedSearch() {
		// for JPA
	}

	SavedSearch(UUID userId, UUID companyId, String name, Search search, Instant now) {
		this.id = HubIds.next();
		this.userId = userId;
		this.companyId = companyId;
		this.name = name;
		this.area = search.area();
		this.side = search.side();
		this.view = search.view();
		this.status = search.status();
		this.partnerId = search.partner();
		this.documentNumber = search.number();
		this.receivedFrom = search.from();
		this.receivedTo = search.to();
		this.createdAt = now;
	}

	UUID userId() {
		return this.userId;
	}

	UUID id() {
		return this.id;
	}

	String key() {
		return KEY_PREFIX + this.id;
	}

	String name() {
		return this.name;
	}

	Search search() {
		return new Search(this.area, this.side, this.view, this.status, this.partnerId, this.documentNumber,
				this.receivedFrom, this.receivedTo);
	}

	@Nullable Instant resetAt() {
		return this.resetAt;
	}

	void reset(Instant at) {
		this.resetAt = at;
	}

}
