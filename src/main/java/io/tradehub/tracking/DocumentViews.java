package io.tradehub.tracking;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.tradehub.document.DocumentType;
import io.tradehub.tracking.TrackingEvent.Change;
import org.jspecify.annotations.Nullable;

/**
 * What partners see of their documents through the REST API.
 */
public final class DocumentViews {

	private DocumentViews() {
	}

	/** Whether the caller's company sent or received the document. */
	public enum Direction {

		SENT, RECEIVED

	}

	/**
	 * One line of a search or a thread.
	 *
	 * @param partnerId the other company, once known
	 */
	public record DocumentSummary(UUID id, DocumentType type, String documentNumber, DocumentStatus status,
			Direction direction, @Nullable UUID partnerId, @Nullable String reason, int attempts,
			@Nullable UUID replayOf, Instant createdAt, Instant updatedAt) {
	}

	/** A page of a search, newest first. */
	public record DocumentPage(List<DocumentSummary> items, int page, int size, long total) {
	}

	/**
	 * One document with its canonical form, its history and everything linked to it.
	 *
	 * @param canonical the canonical JSON, as stored
	 * @param changes every change of state, oldest first
	 * @param acknowledgements the acknowledgements sent or received for it or its
	 * interchange
	 * @param rawPurgedAt when retention removed the raw input, for the company it came
	 * from
	 * @param outputPurgedAt when retention removed the output; {@code output} is empty
	 * from then on
	 */
	public record DocumentDetail(DocumentSummary document, @Nullable UUID senderCompanyId,
			@Nullable UUID receiverCompanyId, @Nullable Instant nextAttemptAt, @Nullable OutputInfo output,
			@JsonRawValue String canonical, List<Change> changes, List<DocumentSummary> acknowledgements, Links links,
			@Nullable Instant rawPurgedAt, @Nullable Instant outputPurgedAt) {
	}

	/** The output written for the receiver, without its bytes ({@code /output}). */
	public record OutputInfo(String name, String format, String channel, @Nullable String controlReference) {
	}

	/**
	 * @param answers the document this one answers or fulfils
	 * @param answeredBy the documents that answer or fulfil this one
	 * @param replayOf the failed attempt this one replays
	 * @param replayedBy the attempt that replays this one
	 */
	public record Links(@Nullable UUID answers, List<UUID> answeredBy, @Nullable UUID replayOf,
			@Nullable UUID replayedBy) {
	}

	/** The new attempt a replay made. */
	record Replayed(UUID id) {
	}

	/** Bytes to download, with what they are. */
	public record Download(String fileName, String contentType, byte[] bytes) {
	}

}
