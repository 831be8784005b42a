package io.tradehub.tracking;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface TrackedDocumentRepository
		extends JpaRepository<TrackedDocument, UUID>, JpaSpecificationExecutor<TrackedDocument> {

	@Query("select d.id from TrackedDocument d where d.status in :statuses and d.updatedAt < :before order by d.updatedAt")
	List<UUID> findStalled(Collection<DocumentStatus> statuses, Instant before, Limit limit);

	@Query("select d.id from TrackedDocument d where d.status = io.tradehub.tracking.DocumentStatus.RETRYING and d.nextAttemptAt <= :now order by d.nextAttemptAt")
	List<UUID> findDue(Instant now, Limit limit);

	@Query("select d.id from TrackedDocument d where d.receiverCompanyId = :receiverCompanyId and d.outputReference = :reference order by d.createdAt")
	List<UUID> findSent(UUID receiverCompanyId, String reference);

	@Query("select d.id from TrackedDocument d where d.receiptId = :receiptId and d.status in :statuses order by d.createdAt")
	List<UUID> findOfReceipt(UUID receiptId, Collection<DocumentStatus> statuses);

	Optional<TrackedDocument> findByReplayOf(UUID replayOf);

	/**
	 * The acknowledgements the hub wrote for the sender of a receipt; those a partner
	 * sent have no output, replays repeat their original.
	 */
	@Query("select d from TrackedDocument d where d.receiptId = :receiptId and d.type = io.tradehub.document.DocumentType.ACKNOWLEDGEMENT and d.output is not null and d.replayOf is null order by d.createdAt")
	List<TrackedDocument> findAcknowledgementsOf(UUID receiptId);

	List<TrackedDocument> findByAnswersIdOrderByCreatedAt(UUID answersId);

	List<TrackedDocument> findByAnswersIdInOrderByCreatedAt(Collection<UUID> answersIds);

	List<TrackedDocument> findByAcknowledgesDocumentIdOrderByCreatedAt(UUID documentId);

	List<TrackedDocument> findByAcknowledgesInterchangeIdOrderByCreatedAt(UUID interchangeId);

	long countByStatus(DocumentStatus status);

}
