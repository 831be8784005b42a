package io.tradehub.portal.dashboard;

import java.time.Clock;
import java.util.UUID;

import io.tradehub.portal.Search;
import io.tradehub.portal.WidgetCounts;
import io.tradehub.shared.Caller;
import io.tradehub.shared.InvalidInputException;
import io.tradehub.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's saved searches: saved under a name unique to the user, reset like a default
 * widget, removed again. Each belongs to its user within the user's company; anyone
 * else's is not found.
 */
@Service
class SavedSearches {

	static final int MAX_NAME = 80;

	private final SavedSearchRepository searches;

	private final WidgetCounts counts;

	private final Clock clock;

	SavedSearches(SavedSearchRepository searches, WidgetCounts counts, Clock clock) {
		this.searches = searches;
		this.counts = counts;
		this.clock = clock;
	}

	@Transactional
	UUID save(Caller caller, String name, Search search) {
		UUID user = Dashboard.user(caller);
		caller.require(search.area().privilege());
		String trimmed = name.strip();
		if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
			throw new InvalidInputException("name", "must be 1 to " + MAX_NAME + " characters");
		}
		if (this.searches.existsByUserIdAndName(user, trimmed)) {
			throw new InvalidInputException("name", "is the name of another of your saved searches");
		}
		// counting once refuses a view, status or side the lifecycles do not know
		this.counts.count(caller, search, null);
		return this.searches.save(new SavedSearch(user, caller.companyId(), trimmed, search, this.clock.instant()))
			.id();
	}

	/** From now on the saved search's widget counts only what arrives later. */
	@Transactional
	void reset(Caller caller, UUID id) {
		own(caller, id).reset(this.clock.instant());
	}

	@Transactional
	void remove(Caller caller, UUID id) {
		this.searches.delete(own(caller, id));
	}

	private SavedSearch own(Caller caller, UUID id) {
		return this.searches.findByIdAndUserIdAndCompanyId(id, Dashboard.user(caller), caller.companyId())
			.orElseThrow(() -> new NotFoundException("saved search", id));
	}

}
