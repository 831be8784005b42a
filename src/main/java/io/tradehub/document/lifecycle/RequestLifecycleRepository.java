package io.tradehub.document.lifecycle;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RequestLifecycleRepository
		extends JpaRepository<RequestLifecycle, UUID>, JpaSpecificationExecutor<RequestLifecycle> {

	Optional<RequestLifecycle> findByConnectionIdAndRequestNumber(UUID connectionId, String requestNumber);

	Optional<RequestLifecycle> findByConnectionIdAndAnswerNumber(UUID connectionId, String answerNumber);

	Optional<RequestLifecycle> findByRequestDocumentId(UUID requestDocumentId);

	Optional<RequestLifecycle> findByAnswerDocumentId(UUID answerDocumentId);

	/**
	 * Expires every waiting request whose deadline has passed, in one statement that
	 * counts as a change of each row's version: an answer that read the request before
	 * fails its optimistic lock instead of overwriting the expiry, and a request answered
	 * first no longer matches.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("""
			update RequestLifecycle r set r.status = io.tradehub.document.lifecycle.RequestStatus.EXPIRED,
			r.updatedAt = :now, r.version = r.version + 1
			where r.status = io.tradehub.document.lifecycle.RequestStatus.WAITING and r.answerBy <= :now""")
	int expireDue(Instant now);

	/**
	 * Waiting requests in their last hour whose supplier was not yet told of this
	 * deadline.
	 */
	@Query("""
			select r.id from RequestLifecycle r
			where r.status = io.tradehub.document.lifecycle.RequestStatus.WAITING
			and r.answerBy > :now and r.answerBy <= :inAnHour
			and (r.expiryNoticeFor is null or r.expiryNoticeFor <> r.answerBy)""")
	List<UUID> findExpiringUntold(Instant now, Instant inAnHour);

	/**
	 * Marks a request's supplier as told of its current deadline; 0 when another sweep
	 * told it already. It leaves the version alone: a notice must not make an answer
	 * fail.
	 */
	@Modifying(flushAutomatically = true)
	@Query("""
			update RequestLifecycle r set r.expiryNoticeFor = r.answerBy
			where r.id = :id and r.status = io.tradehub.document.lifecycle.RequestStatus.WAITING
			and (r.expiryNoticeFor is null or r.expiryNoticeFor <> r.answerBy)""")
	int markTold(UUID id);

}
