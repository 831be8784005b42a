package io.tradehub.mail;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OutboundMailRepository extends JpaRepository<OutboundMail, UUID> {

	@Query("select m.id from OutboundMail m where m.status in ('QUEUED', 'SENDING') and m.nextAttemptAt <= :before order by m.nextAttemptAt")
	List<UUID> findDue(Instant before);

}
