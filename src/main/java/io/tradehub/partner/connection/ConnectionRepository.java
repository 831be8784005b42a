package io.tradehub.partner.connection;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.tradehub.partner.ConnectionStatus;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ConnectionRepository extends JpaRepository<Connection, UUID> {

	/** A connection is visible to its two partners only. */
	@Query("select c from Connection c where c.id = :id and (c.supplierId = :companyId or c.customerId = :companyId)")
	Optional<Connection> findVisible(UUID id, UUID companyId);

	@Query("select c from Connection c where (c.supplierId = :companyId or c.customerId = :companyId) and (:status is null or c.status = :status) order by c.createdAt desc")
	List<Connection> findVisible(UUID companyId, ConnectionStatus status);

	Optional<Connection> findBySupplierIdAndCustomerId(UUID supplierId, UUID customerId);

}
