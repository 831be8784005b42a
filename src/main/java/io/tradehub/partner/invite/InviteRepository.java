package io.tradehub.partner.invite;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface InviteRepository extends JpaRepository<Invite, UUID> {

	Optional<Invite> findByIdAndSupplierId(UUID id, UUID supplierId);

	Optional<Invite> findByTokenHash(String tokenHash);

	List<Invite> findBySupplierIdAndStatusOrderByCreatedAtDesc(UUID supplierId, InviteStatus status);

	boolean existsBySupplierIdAndEmailAndStatusIn(UUID supplierId, String email, List<InviteStatus> statuses);

}
