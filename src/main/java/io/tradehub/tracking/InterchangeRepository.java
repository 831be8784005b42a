package io.tradehub.tracking;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface InterchangeRepository extends JpaRepository<Interchange, UUID> {

	Optional<Interchange> findBySenderCompanyIdAndControlReference(UUID senderCompanyId, String controlReference);

}
