package io.tradehub.pipeline;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.tradehub.channel.Channels;
import io.tradehub.document.CanonicalDocument;
import io.tradehub.document.CanonicalJson;
import io.tradehub.partner.TechnicalProfile;
import io.tradehub.tracking.DocumentStatus;
import io.tradehub.tracking.DocumentView;
import io.tradehub.tracking.Documents;
import io.tradehub.tracking.ReceiptStatus;
import io.tradehub.tracking.ReceiptView;
import io.tradehub.tracking.Receipts;
import org.jspecify.annotations.Nullable;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Service;

/**
 * The {@code portal} channel (DESIGN §4): a document the hub built from a signed-in
 * user's action enters the pipeline at the receive stage as canonical JSON, like a file
 * from any other channel. Its raw form is archived, the rules check it, and it is
 * recorded and routed to the receiver in the receiver's format and channel.
 * <p>
 * The channel names the sending company itself, as an exchange property no partner's
 * message can carry (a JMS property becomes a header, never a property), so a company
 * without a technical profile sends through it too. The document keeps the hub id it was
 * built with, so the user learns it before the verdict; submitting the same document
 * again finds the receipt it already has.
 */
@Service
public class Portal {

	/** Exchange property: the company the portal document comes from. */
	static final String SENDER_COMPANY = "TradehubPortalSenderCompany";

	private final ProducerTemplate producer;

	private final Receipts receipts;

	private final Documents documents;

	private final ReceiptWait wait;

	Portal(ProducerTemplate producer, Receipts receipts, Documents documents, ReceiptWait wait) {
		this.producer = producer;
		this.receipts = receipts;
		this.documents = documents;
		this.wait = wait;
	}

	/**
	 * Hands the document to the pipeline and waits, at most {@code wait}, for its
	 * verdict.
	 * @param document the document, its envelope naming sender and receiver by company id
	 * @param senderCompanyId the company it comes from: the caller's, or the customer a
	 * supplier acts for when it converts the customer's request into an order
	 * @param actor who acted, for the receipt (a user's email, a token's name)
	 * @return the document's hub id and verdict, {@link PortalVerdict.Status#PENDING}
	 * when the pipeline has not read it in time
	 */
	public PortalVerdict submit(CanonicalDocument document, UUID senderCompanyId, String actor, Duration wait) {
		UUID hubId = document.envelope().hubId();
		Map<String, Object> headers = Map.of(Channels.CHANNEL, TechnicalProfile.PORTAL, Channels.KIND,
				TechnicalProfile.PORTAL, Channels.CHANNEL_IDENTITY, actor, Channels.FILE_NAME, fileName(document),
				Channels.SOURCE_KEY, hubId.toString());
		Exchange done = this.producer.request(Channels.RECEIVE, (exchange) -> {
			exchange.getMessage().setBody(CanonicalJson.write(document).getBytes(StandardCharsets.UTF_8));
			headers.forEach(exchange.getMessage()::setHeader);
			exchange.setProperty(SENDER_COMPANY, senderCompanyId);
		});
		if (done.getException() != null) {
			throw new IllegalStateException("The portal could not hand " + hubId + " to the pipeline",
					done.getException());
		}
		String receiptId = done.getMessage().getBody(String.class);
		if (receiptId == null) {
			throw new IllegalStateException("The pipeline refused document " + hubId + " on arrival: it is too large");
		}
		return verdict(hubId, UUID.fromString(receiptId), wait);
	}

	private PortalVerdict verdict(UUID hubId, UUID receiptId, Duration wait) {
		if (!this.wait.awaitRead(receiptId, wait)) {
			return new PortalVerdict(hubId, PortalVerdict.Status.PENDING, null);
		}
		ReceiptView receipt = this.receipts.get(receiptId);
		if (receipt.status() == ReceiptStatus.REFUSED) {
			return new PortalVerdict(hubId, PortalVerdict.Status.REFUSED, receipt.reason());
		}
		DocumentView recorded = this.documents.get(hubId);
		return (recorded.status() == DocumentStatus.REFUSED)
				? new PortalVerdict(hubId, PortalVerdict.Status.REFUSED, recorded.reason())
				: new PortalVerdict(hubId, PortalVerdict.Status.ACCEPTED, null);
	}

	private static String fileName(CanonicalDocument document) {
		return Channels.safeFileName(document.type().name().toLowerCase(Locale.ROOT).replace('_', '-') + "-"
				+ document.envelope().documentNumber() + ".json");
	}

	/**
	 * What became of a portal document.
	 *
	 * @param hubId the document's hub id
	 * @param status whether the rules accepted it, refused it, or have not read it yet
	 * @param reason why it was refused, in the words its sender reads
	 */
	public record PortalVerdict(UUID hubId, Status status, @Nullable String reason) {

		public enum Status {

			/** Recorded and on its way to the receiver. */
			ACCEPTED,

			/** Recorded as refused, with the reason. */
			REFUSED,

			/** Not read within the wait; follow it under its hub id. */
			PENDING

		}

	}

}
