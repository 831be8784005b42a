package io.tradehub.pipeline;

import java.util.Map;
import java.util.UUID;

import io.tradehub.channel.Channels;
import io.tradehub.channel.JmsDelivery;
import io.tradehub.document.Acknowledgement;
import io.tradehub.document.CanonicalDocument;
import io.tradehub.mail.FileMails;
import io.tradehub.tracking.DocumentView;
import io.tradehub.tracking.Documents;
import io.tradehub.tracking.ReceiptView;
import io.tradehub.tracking.Receipts;

import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/**
 * Sends an acknowledgement back the way its file came: a mail with it attached to the
 * sender of a mail, a message on the reply queue of a JMS message. For an HTTP caller
 * there is nothing to send: it is delivered once it is ready to collect. A failure is
 * thrown, so the route stage retries it like any delivery.
 */
@Component
class Replies {

	private final Documents documents;

	private final Receipts receipts;

	private final FileMails mails;

	private final JmsDelivery jms;

	Replies(Documents documents, Receipts receipts, FileMails mails, JmsDelivery jms) {
		this.documents = documents;
		this.receipts = receipts;
		this.mails = mails;
		this.jms = jms;
	}

	void send(Exchange exchange) {
		DocumentView ack = this.documents
			.get(UUID.fromString(exchange.getProperty(PipelineRoutes.DOCUMENT, String.class)));
		if (ack.receiptId() == null) {
			throw new IllegalStateException("Document " + ack.id() + " answers no receipt; it has no way back");
		}
		ReceiptView receipt = this.receipts.get(ack.receiptId());
		byte[] bytes = exchange.getMessage().getBody(byte[].class);
		String name = exchange.getMessage().getHeader(Channels.FILE_NAME, String.class);
		String mediaType = AckMediaTypes.of((ack.outputFormat() != null) ? ack.outputFormat() : "");
		switch (receipt.channelKind()) {
			case "http" -> {
				// The caller collects it: the POST that waits, or GET
				// /api/v1/inbound/{id}/acknowledgement.
			}
			case "imap" ->
				this.mails.send(new FileMails.FileMail(address(receipt), "Acknowledgement of " + receipt.fileName(),
						text(receipt, ack), name, bytes, mediaType, receipt.replyCorrelation()));
			case "jms" -> this.jms.send(address(receipt), bytes, receipt.replyCorrelation(),
					Map.of("fileName", name, "contentType", mediaType, "tradehubReceipt", receipt.id().toString(),
							JmsDelivery.DUPLICATE_ID, ack.id().toString()));
			default -> throw new IllegalStateException("Receipt " + receipt.id() + " came by a " + receipt.channelKind()
					+ " channel, which has no way back");
		}
	}

	private static String address(ReceiptView receipt) {
		if (receipt.replyTo() == null) {
			throw new IllegalStateException("Receipt " + receipt.id() + " has no reply address");
		}
		return receipt.replyTo();
	}

	private static String text(ReceiptView receipt, DocumentView ack) {
		CanonicalDocument document = ack.document();
		String verdict = (document instanceof Acknowledgement acknowledgement) ? switch (acknowledgement.status()) {
			case ACCEPTED -> "was accepted";
			case PARTIALLY_ACCEPTED -> "was accepted in part; the attachment says what was refused and why";
			case REJECTED -> "was refused; the attachment says why";
			case RECEIVED -> "was received";
		} : "was read";
		return "Your file " + receipt.fileName() + ", received " + receipt.receivedAt() + ", " + verdict
				+ ".\n\nThe acknowledgement is attached.\n";
	}

}
