package io.tradehub.channel;

import org.apache.camel.builder.RouteBuilder;

import org.springframework.stereotype.Component;

/**
 * Route templates that deliver a file to a partner or an ERP: each consumes
 * {@link Channels#outbound(String)} of its route id and throws when delivery fails (the
 * pipeline retries).
 */
@Component
class OutboundTemplates extends RouteBuilder {

	private final WebhookSender webhooks;

	private final JmsDelivery jms;

	OutboundTemplates(WebhookSender webhooks, JmsDelivery jms) {
		this.webhooks = webhooks;
		this.jms = jms;
	}

	@Override
	public void configure() {
		fileOutbound();
		sftpOutbound();
		jmsOutbound();
		httpOutbound();
	}

	/**
	 * Written under a dot-prefixed temporary name and renamed, so a partner polling the
	 * folder never reads half a file (and our own file-inbound skips dot files).
	 */
	private void fileOutbound() {
		routeTemplate("file-outbound").templateParameter("folder")
			.templateParameter("fileExist", "Override")
			.from(Channels.OUTBOUND_PREFIX + "{{routeId}}")
			.process(ChannelHeaders::toCamelFileName)
			.convertBodyTo(byte[].class)
			.to("file:{{folder}}?tempPrefix=.tmp-&fileExist={{fileExist}}");
	}

	/**
	 * One connection attempt per delivery, bounded by {@code timeoutMillis}: the pipeline
	 * retries a failed delivery with its own backoff and records each attempt, so Camel's
	 * own reconnects (three, a second apart) would only stretch every attempt and hold a
	 * route consumer; its default read timeout of five minutes would hold one for ten on
	 * a server that went silent.
	 */
	private void sftpOutbound() {
		routeTemplate("sftp-outbound").templateParameter("host")
			.templateParameter("port", "22")
			.templateParameter("username")
			.templateParameter("password")
			.templateParameter("directory", "")
			.templateParameter("strictHostKeyChecking", "yes")
			.templateOptionalParameter("knownHostsFile")
			.templateOptionalParameter("privateKeyFile")
			.templateParameter("fileExist", "Override")
			.templateParameter("timeoutMillis", "30000")
			.from(Channels.OUTBOUND_PREFIX + "{{routeId}}")
			.process(ChannelHeaders::toCamelFileName)
			.convertBodyTo(byte[].class)
			.to("sftp://{{host}}:{{port}}/{{directory}}?username={{username}}&password=RAW({{password}})"
					+ "&strictHostKeyChecking={{strictHostKeyChecking}}&knownHostsFile={{?knownHostsFile}}"
					+ "&privateKeyFile={{?privateKeyFile}}&tempPrefix=.tmp-&fileExist={{fileExist}}"
					+ "&maximumReconnectAttempts=0&connectTimeout={{timeoutMillis}}&soTimeout={{timeoutMillis}}");
	}

	/**
	 * A bytes message with the file name in the {@code fileName} property, the same
	 * property jms-inbound reads, and the document's hub id; see {@link JmsDelivery} for
	 * why it is sent by a bean rather than a JMS endpoint.
	 */
	private void jmsOutbound() {
		routeTemplate("jms-outbound").templateParameter("queue")
			.from(Channels.OUTBOUND_PREFIX + "{{routeId}}")
			.setProperty(JmsDelivery.QUEUE, constant("{{queue}}"))
			.convertBodyTo(byte[].class)
			.process(this.jms);
	}

	private void httpOutbound() {
		routeTemplate("http-outbound").templateParameter("url")
			.templateParameter("secret")
			.templateParameter("contentType", "application/octet-stream")
			.templateParameter("timeoutSeconds", "30")
			.from(Channels.OUTBOUND_PREFIX + "{{routeId}}")
			.setProperty(WebhookSender.URL, constant("{{url}}"))
			.setProperty(WebhookSender.SECRET, constant("{{secret}}"))
			.setProperty(WebhookSender.CONTENT_TYPE, constant("{{contentType}}"))
			.setProperty(WebhookSender.TIMEOUT_SECONDS, constant("{{timeoutSeconds}}"))
			.process(this.webhooks);
	}

}
