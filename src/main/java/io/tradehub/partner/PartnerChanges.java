package io.tradehub.partner;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Empties the {@link PartnerCache} whenever a company, its technical profile or a
 * connection changes: at once, and again when the change's transaction ends, so an answer
 * read in between from the old rows is not kept either. The entities name it as their
 * listener; Hibernate gets it from Spring.
 */
public final class PartnerChanges {

	private final PartnerCache cache;

	PartnerChanges(PartnerCache cache) {
		this.cache = cache;
	}

	@PostPersist
	@PostUpdate
	@PostRemove
	void changed(Object entity) {
		this.cache.clear();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					PartnerChanges.this.cache.clear();
				}
			});
		}
	}

}
