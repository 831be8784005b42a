package io.tradehub.document.work;

import java.time.LocalDate;
import java.util.UUID;

import io.tradehub.portal.Search;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The filters of the requests and orders lists, from the query string; a blank one
 * filters nothing.
 *
 * @param page the page of results, from 0
 */
record ListFilters(@Nullable String side, @Nullable String view, @Nullable String status, @Nullable UUID partner,
		@Nullable String number, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to, @Nullable Integer page) {

	static final int PAGE_SIZE = 25;

	Search search(Search.Area area) {
		return new Search(area, this.side, this.view, this.status, this.partner, this.number, this.from, this.to);
	}

	int pageNumber() {
		return (this.page != null && this.page > 0) ? this.page : 0;
	}

}
