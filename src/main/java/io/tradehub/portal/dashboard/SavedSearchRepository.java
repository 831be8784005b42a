package io.tradehub.portal.dashboard;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/** Each user's saved searches, always asked for within the user's company. */
interface SavedSearchRepository extends Repository<SavedSearch, UUID> {

	List<SavedSearch> findByUserIdAndCompanyIdOrderByCreatedAt(UUID userId, UUID companyId);

	Optional<SavedSearch> findByIdAndUserIdAndCompanyId(UUID id, UUID userId, UUID companyId);

	boolean existsByUserIdAndName(UUID userId, String name);

	SavedSearch save(SavedSearch search);

	void delete(SavedSearch search);

}
