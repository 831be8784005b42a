package io.tradehub.channel;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;

import org.springframework.stereotype.Component;

/**
 * POSTs a delivery to a partner's webhook, signed so the partner can tell it came from
 * us: {@code X-Tradehub-Signature: sha256=<hex HMAC-SHA256 of the body>} under the shared
 * secret. The JDK client rather than camel-http: one signed POST needs no component, and
 * no exchange header can leak into the request.
 */
@Component
class WebhookSender implements Processor {

	static final String URL = "tradehubWebhookUrl";

	static final String SECRET = "tradehubWebhookSecret";

	static final String CONTENT_TYPE = "tradehubWebhookContentType";

	static final String TIMEOUT_SECONDS = "tradehubWebhookTimeout";

	static final String SIGNATURE = "X-Tradehub-Signature";

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(10))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@Override
	public void process(Exchange exchange) throws IOException, InterruptedException {
		byte[] body = exchange.getMessage().getBody(byte[].class);
		String secret = exchange.getProperty(SECRET, String.class);
		HttpRequest request = HttpRequest.newBuilder(URI.create(exchange.getProperty(URL, String.class)))
			.timeout(Duration.ofSeconds(exchange.getProperty(TIMEOUT_SECONDS, 30, Integer.class)))
			.header("Content-Type", exchange.getProperty(CONTENT_TYPE, String.class))
			.header("X-Tradehub-File-Name", ChannelHeaders.deliveryName(exchange))
			.header(SIGNATURE, signature(secret, body))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		// The secret has done its work; keep it out of anything that logs the exchange.
		exchange.removeProperty(SECRET);
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() / 100 != 2) {
			throw new WebhookRefusedException(request.uri(), response.statusCode(), response.body());
		}
	}

	static String signature(String secret, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

	/**
	 * The webhook answered, but not with 2xx.
	 */
	static class WebhookRefusedException extends IOException {

		WebhookRefusedException(URI uri, int status, String body) {
			super("Webhook " + uri + " answered " + status + ": "
					+ ((body.length() > 200) ? body.substring(0, 200) + "..." : body));
		}

	}

}
