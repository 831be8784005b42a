package io.tradehub.channel;

import jakarta.jms.JMSException;
import jakarta.jms.Queue;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.language.SimpleExpression;

import org.springframework.stereotype.Component;

/**
 * Route templates that poll a folder or an SFTP directory, or consume a JMS queue, and
 * hand every file to the pipeline (see {@link Channels}).
 */
@Component
class InboundTemplates extends RouteBuilder {

	/**
	 * Options both file consumers share. The idempotent repository is added to eagerly
	 * (before processing), so a second hub polling the same inbox skips the file at once;
	 * on failure the key is removed again and the file, left in place, is taken on a
	 * later poll; so it is when the file cannot be moved ({@link FailedFileCommits}).
	 * Names starting with a dot (Camel skips them) or ending in .tmp/.part are uploads in
	 * progress.
	 */
	private static final String FILE_OPTIONS = "idempotent=true&idempotentEager=true&idempotentRepository=#"
			+ SharedIdempotentRepository.BEAN + "&onCompletionExceptionHandler=#" + FailedFileCommits.BEAN
			+ "&move=.done&antExclude=**/*.tmp,**/*.part&delay={{delay}}";

	/**
	 * The key: partner, name, size and modification time, the same on every hub. It is
	 * the receipt's source key too, so a file taken again once its key's lease ran out
	 * (see {@link SharedIdempotentRepository}) finds the receipt a first take made.
	 */
	private static String idempotentKey(String kind) {
		return kind + ":{{partner}}/${file:name}/${file:size}/${header.CamelFileLastModified}";
	}

	@Override
	public void configure() {
		fileInbound();
		sftpInbound();
		jmsInbound();
	}

	private void fileInbound() {
		var route = routeTemplate("file-inbound").templateParameter("partner")
			.templateParameter("folder")
			.templateParameter("delay", "5000")
			.from("file:{{folder}}?" + FILE_OPTIONS + "&idempotentKey=" + idempotentKey("file"))
			.setHeader(Channels.FILE_NAME, header(Exchange.FILE_NAME_ONLY))
			.setHeader(Channels.SOURCE_KEY, new SimpleExpression(idempotentKey("file")));
		ChannelHeaders.receive(route, "file", constant("{{folder}}"));
	}

	/**
	 * Three SFTP options cut the round trips and the server's work per file, as stack
	 * samples of a 2,000-file inbox showed: each file is fetched by its path instead of
	 * changing into its directory ({@code stepwise=false}); the {@code .done} folder is
	 * checked with a {@code cd} rather than listed, a listing that grows with every file
	 * moved ({@code existDirCheckUsingLs=false}); and a file is read one request at a
	 * time ({@code bulkRequests=1}), where JSch would ask for 16 blocks ahead and wait
	 * for all 16 answers when it closes a file of one block, as EDI files mostly are.
	 */
	private void sftpInbound() {
		var route = routeTemplate("sftp-inbound").templateParameter("partner")
			.templateParameter("host")
			.templateParameter("port", "22")
			.templateParameter("username")
			.templateParameter("password")
			.templateParameter("directory", "")
			.templateParameter("strictHostKeyChecking", "yes")
			.templateOptionalParameter("knownHostsFile")
			.templateOptionalParameter("privateKeyFile")
			.templateParameter("delay", "30000")
			.from("sftp://{{host}}:{{port}}/{{directory}}?username={{username}}&password=RAW({{password}})"
					+ "&strictHostKeyChecking={{strictHostKeyChecking}}&knownHostsFile={{?knownHostsFile}}"
					+ "&privateKeyFile={{?privateKeyFile}}&stepwise=false&existDirCheckUsingLs=false&bulkRequests=1&"
					+ FILE_OPTIONS + "&idempotentKey=" + idempotentKey("sftp"))
			.setHeader(Channels.FILE_NAME, header(Exchange.FILE_NAME_ONLY))
			.setHeader(Channels.SOURCE_KEY, new SimpleExpression(idempotentKey("sftp")));
		ChannelHeaders.receive(route, "sftp", constant("{{username}}@{{host}}"));
	}

	/**
	 * A transacted consumer: the message is committed only when the pipeline returned,
	 * and an exception rolls it back for the broker to redeliver (to its dead-letter
	 * queue after {@code max-delivery-attempts}). It is a local JMS transaction on a kept
	 * consumer, as in the pipeline's own stages. The JMS component finds the hub's
	 * ConnectionFactory bean by itself. Camel's own request-reply is off: what goes back
	 * to the message's {@code JMSReplyTo} (else the optional {@code replyQueue}) is the
	 * acknowledgement the partner's profile asks for, sent by the pipeline once the file
	 * is read, not the route's last body.
	 */
	private void jmsInbound() {
		var route = routeTemplate("jms-inbound").templateParameter("partner")
			.templateParameter("queue")
			.templateParameter("concurrentConsumers", "1")
			.templateOptionalParameter("replyQueue")
			.from("jms:queue:{{queue}}?transacted=true&lazyCreateTransactionManager=false&cacheLevelName=CACHE_CONSUMER"
					+ "&concurrentConsumers={{concurrentConsumers}}" + "&disableReplyTo=true")
			.process(InboundTemplates::jmsFileName)
			// a redelivery (the hub died after the receipt was committed, before the
			// message was) carries the same message id, and so finds that receipt
			.setHeader(Channels.SOURCE_KEY, header("JMSMessageID"))
			.setHeader(Channels.REPLY_TO, constant("{{?replyQueue}}"))
			.process(InboundTemplates::jmsReplyTo);
		ChannelHeaders.receive(route, "jms", constant("{{queue}}"));
	}

	/**
	 * The message's own reply queue wins over the channel's; the reply carries the
	 * message's correlation id, else its message id, as JMS request-reply does.
	 */
	private static void jmsReplyTo(Exchange exchange) {
		var message = exchange.getMessage();
		Object replyTo = message.getHeader("JMSReplyTo");
		if (replyTo instanceof Queue queue) {
			try {
				message.setHeader(Channels.REPLY_TO, queue.getQueueName());
			}
			catch (JMSException ex) {
				throw new IllegalStateException("The JMSReplyTo queue has no name: " + ex.getMessage(), ex);
			}
		}
		String correlation = message.getHeader("JMSCorrelationID", String.class);
		message.setHeader(Channels.REPLY_CORRELATION, (correlation != null && !correlation.isBlank()) ? correlation
				: message.getHeader("JMSMessageID", String.class));
	}

	/** The sender's {@code fileName} property, else the message id. */
	private static void jmsFileName(Exchange exchange) {
		String name = exchange.getMessage().getHeader("fileName", String.class);
		if (name == null || name.isBlank()) {
			name = exchange.getMessage().getHeader("JMSMessageID", String.class);
		}
		exchange.getMessage().setHeader(Channels.FILE_NAME, name);
	}

}
