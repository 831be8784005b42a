package io.tradehub.partner.invite;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProspectVerificationRepository extends JpaRepository<ProspectVerification, UUID> {

	Optional<ProspectVerification> findByIdAndSupplierId(UUID id, UUID supplierId);

}
