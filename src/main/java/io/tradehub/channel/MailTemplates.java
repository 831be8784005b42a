package io.tradehub.channel;

import org.apache.camel.builder.RouteBuilder;

import org.springframework.stereotype.Component;

/**
 * Route templates for mail: {@code imap-inbound} reads a partner's mailbox and hands each
 * attachment to the pipeline, {@code smtp-outbound} sends a file as an attachment.
 */
@Component
class MailTemplates extends RouteBuilder {

	@Override
	public void configure() {
		imapInbound();
		smtpOutbound();
	}

	/**
	 * Unseen mail is read with peek, so it is flagged seen (or deleted) only after every
	 * attachment reached the pipeline; on an exception it stays unseen for the next poll.
	 * The shared idempotent repository, keyed by Message-ID, keeps a second hub on the
	 * same mailbox off a mail the first one is reading.
	 */
	private void imapInbound() {
		var route = routeTemplate("imap-inbound").templateParameter("partner")
			.templateParameter("host")
			.templateParameter("port", "993")
			.templateParameter("protocol", "imaps")
			.templateParameter("username")
			.templateParameter("password")
			.templateParameter("folder", "INBOX")
			.templateParameter("delete", "false")
			.templateParameter("delay", "30000")
			.from("{{protocol}}://{{host}}:{{port}}?username=RAW({{username}})&password=RAW({{password}})"
					+ "&folderName={{folder}}&unseen=true&peek=true&delete={{delete}}&delay={{delay}}"
					+ "&decodeFilename=true&idempotentRepository=#" + SharedIdempotentRepository.BEAN
					+ "&idempotentRepositoryRemoveOnCommit=false")
			.setHeader(Channels.CHANNEL_IDENTITY, method(MailAttachments.class, "sender"))
			// a reply goes to the address the sender was admitted by, not to a Reply-To
			// anyone could have written
			.setHeader(Channels.REPLY_TO, header(Channels.CHANNEL_IDENTITY))
			.setHeader(Channels.REPLY_CORRELATION, header("Message-ID"))
			.process(MailAttachments::toAttachments)
			.choice()
			.when(simple("${body.isEmpty()}"))
			.process(MailAttachments::refuse)
			.otherwise()
			.split(body())
			.stopOnException()
			.process(MailAttachments::fromAttachment);
		ChannelHeaders.receive(route, "imap", header(Channels.CHANNEL_IDENTITY));
	}

	/**
	 * The exchange's headers are dropped before sending, because the mail producer would
	 * turn each into a mail header (and a stray {@code To} would redirect the mail).
	 */
	private void smtpOutbound() {
		routeTemplate("smtp-outbound").templateParameter("host")
			.templateParameter("port", "587")
			.templateParameter("protocol", "smtp")
			.templateOptionalParameter("username")
			.templateOptionalParameter("password")
			.templateParameter("to")
			.templateParameter("subject")
			.templateParameter("text", "The attached file comes to you from Tradehub.")
			.from(Channels.OUTBOUND_PREFIX + "{{routeId}}")
			.process(MailAttachments::attachBody)
			.removeHeaders("*")
			.setHeader("Content-Type", constant("text/plain; charset=UTF-8"))
			.setBody(constant("{{text}}"))
			.to("{{protocol}}://{{host}}:{{port}}?username={{?username}}&password={{?password}}"
					+ "&to=RAW({{to}})&from=RAW({{tradehub.mail.from}})&subject=RAW({{subject}})");
	}

}
