package io.tradehub.pipeline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.tradehub.channel.Channels;
import io.tradehub.document.CanonicalDocument;
import io.tradehub.format.ControlNumbers;
import io.tradehub.format.conversion.Conversion;
import io.tradehub.format.conversion.OutputFormat;
import io.tradehub.format.conversion.WriteOptions;
import io.tradehub.format.conversion.Written;
import io.tradehub.partner.PartnerView;
import io.tradehub.partner.Partners;
import io.tradehub.partner.TechnicalProfile;
import io.tradehub.tracking.DocumentView;
import io.tradehub.tracking.Documents;
import io.tradehub.tracking.Output;
import org.jspecify.annotations.Nullable;

import org.apache.camel.Body;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Header;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The last stage: a document written in its receiver's format (by the read stage, once: a
 * redelivery sends what was written) is handed to the receiver's outbound channel and
 * marked delivered; a failed delivery is tried again later, doubling the wait, and after
 * the last try the document is FAILED with the reason, to be replayed.
 */
@Component
class RouteStage {

	private final Documents documents;

	private final Partners partners;

	private final Conversion conversion;

	private final ControlNumbers controlNumbers;

	private final PipelineProperties properties;

	private final Clock clock;

	RouteStage(Documents documents, Partners partners, Conversion conversion, ControlNumbers controlNumbers,
			PipelineProperties properties, Clock clock) {
		this.documents = documents;
		this.partners = partners;
		this.conversion = conversion;
		this.controlNumbers = controlNumbers;
		this.properties = properties;
		this.clock = clock;
	}

	/** What to deliver where. */
	record Delivery(String channel, String fileName, byte[] bytes) {
	}

	/**
	 * @param queueMessage the id of the route queue's message
	 * @return the delivery, or null when there is nothing to deliver: already delivered,
	 * failed or refused, or a receiver without an outbound channel (it reads its
	 * documents in the portal)
	 */
	@Transactional
	public @Nullable Delivery prepare(@Body String documentId,
			@ExchangeProperty(PipelineRoutes.QUEUE_MESSAGE) @Nullable String queueMessage) {
		UUID id = UUID.fromString(documentId);
		Optional<Output> routed = this.documents.routedOutput(id);
		if (routed.isPresent()) {
			return delivery(routed.get());
		}
		DocumentView document = this.documents.get(id);
		switch (document.status()) {
			case DELIVERED -> {
				// Delivered in the transaction of this very queue message, which comes
				// back: the hub stopped after recording it and before the broker
				// committed, and the delivery rolled back with the message. Another
				// message of the document (the sweeper's) finds it delivered.
				if (queueMessage == null || !this.documents.deliveredBy(id, queueMessage)) {
					return null;
				}
			}
			case FAILED, REFUSED -> {
				return null;
			}
			case ACCEPTED -> {
				// Written at read time since; this is one accepted before, or one whose
				// receiver had no outbound channel then.
				if (write(document.id(), document.document(), document.receiverCompanyId()) != null) {
					return null;
				}
			}
			default -> {
				// RETRYING: written before, delivered as written (ROUTED went out above).
			}
		}
		return this.documents.output(id).map(RouteStage::delivery).orElse(null);
	}

	private static Delivery delivery(Output output) {
		return new Delivery(output.channel(), output.name(), output.bytes());
	}

	/**
	 * Writes a recorded, accepted document for its receiver and records it ROUTED with
	 * the output, or REFUSED when the receiver's format cannot carry it. A receiver
	 * without an outbound channel reads its documents in the portal: they stay ACCEPTED,
	 * unwritten.
	 * @return why the receiver's format cannot carry the document; null when it is
	 * written or has nowhere to go
	 */
	@Nullable String write(UUID id, CanonicalDocument document, @Nullable UUID receiverCompanyId) {
		Rendering rendering = render(document, receiverCompanyId);
		if (rendering.unwritable() != null) {
			this.documents.refuse(id, rendering.unwritable());
		}
		else if (rendering.output() != null) {
			this.documents.routed(id, rendering.output());
		}
		return rendering.unwritable();
	}

	/**
	 * Writes a document for its receiver, recording nothing: the read stage records it
	 * with its output as it accepts it, saving the route stage a write and a commit, and
	 * the database an update, per document.
	 */
	Rendering render(CanonicalDocument document, @Nullable UUID receiverCompanyId) {
		TechnicalProfile profile = (receiverCompanyId != null)
				? this.partners.byId(receiverCompanyId).map(PartnerView::technicalProfile).orElse(null) : null;
		if (profile == null || profile.outboundChannel() == null) {
			return new Rendering(null, null);
		}
		RecordingControlNumbers numbers = new RecordingControlNumbers(this.controlNumbers);
		Written written;
		try {
			written = this.conversion.write(document, options(profile), numbers);
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			// The receiver's format cannot carry it (a CSV layout and an answer, an
			// identity the envelope refuses): no retry would change that.
			return new Rendering(null,
					"The document cannot be written as " + profile.format() + " for its receiver: " + ex.getMessage());
		}
		return new Rendering(new Output(written.fileName(), profile.format().name(), profile.outboundChannel(),
				numbers.interchange(), written.bytes()), null);
	}

	/**
	 * A document written for its receiver: the output to deliver, or why it cannot be
	 * written, or neither when the receiver has no outbound channel.
	 */
	record Rendering(@Nullable Output output, @Nullable String unwritable) {
	}

	/**
	 * @param withQueueMessage whether the channel delivered it in the broker transaction
	 * of the queue message ({@link Channels#WITH_QUEUE_MESSAGE})
	 * @param queueMessage that message's id
	 */
	@Transactional
	public void delivered(@Body String documentId,
			@ExchangeProperty(Channels.WITH_QUEUE_MESSAGE) @Nullable Boolean withQueueMessage,
			@ExchangeProperty(PipelineRoutes.QUEUE_MESSAGE) @Nullable String queueMessage) {
		UUID id = UUID.fromString(documentId);
		String message = Boolean.TRUE.equals(withQueueMessage) ? queueMessage : null;
		if (!this.documents.delivered(id, message) && message != null && !this.documents.deliveredBy(id, message)) {
			// Another message of the document (the sweeper's, taken by another hub) was
			// delivered while this one was. This copy is still in the queue message's
			// transaction: thrown, the exception takes it back with the message, and the
			// receiver gets the document once. The broker's duplicate id cannot tell: it
			// only knows ids of committed messages.
			throw new IllegalStateException("Document " + documentId + " was delivered by another queue message"
					+ " while " + message + " delivered it too; this copy rolls back");
		}
	}

	/**
	 * Records a failed attempt.
	 * @return when to try again, or null when that was the last try and the document is
	 * FAILED
	 */
	@Transactional
	public @Nullable Instant failed(String documentId, Throwable cause) {
		UUID id = UUID.fromString(documentId);
		DocumentView document = this.documents.get(id);
		int attempt = document.attempts() + 1;
		String reason = "Delivery attempt " + attempt + " of " + this.properties.deliveryAttempts() + " on "
				+ document.outboundChannel() + " failed: " + cause.getMessage();
		if (attempt >= this.properties.deliveryAttempts()) {
			this.documents.failed(id, reason);
			return null;
		}
		Duration wait = this.properties.backoff(attempt);
		Instant next = this.clock.instant().plus(wait);
		this.documents.retrying(id, reason, next);
		return next;
	}

	private static WriteOptions options(TechnicalProfile profile) {
		return new WriteOptions(OutputFormat.valueOf(profile.format().name()), profile.key(), profile.csvLayout(),
				(profile.syntaxId() != null) ? profile.syntaxId().name() : null, profile.test());
	}

}
