package io.tradehub.tracking;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface TrackingEventRepository extends JpaRepository<TrackingEvent, Long> {

	List<TrackingEvent> findByDocumentIdOrderByAtAscIdAsc(UUID documentId);

	List<TrackingEvent> findByReceiptIdOrderByAtAscIdAsc(UUID receiptId);

}
