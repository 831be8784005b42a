package io.tradehub.tracking;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReceiptRepository extends JpaRepository<Receipt, UUID> {

	@Query("select r.id from Receipt r where r.status = :status and r.receivedAt < :before order by r.receivedAt")
	List<UUID> findIds(ReceiptStatus status, Instant before, Limit limit);

}
