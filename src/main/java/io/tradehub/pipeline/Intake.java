package io.tradehub.pipeline;

import java.util.Map;
import java.util.UUID;

import io.tradehub.channel.Channels;
import io.tradehub.tracking.Inbound;
import io.tradehub.tracking.OversizeInputException;
import io.tradehub.tracking.Receipts;
import org.jspecify.annotations.Nullable;

import org.apache.camel.Body;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Headers;
import org.springframework.stereotype.Component;

/**
 * The first stage: what a channel received is archived and its receipt committed before
 * the channel acknowledges its input, so nothing accepted is ever lost.
 */
@Component
class Intake {

	private final Receipts receipts;

	Intake(Receipts receipts) {
		this.receipts = receipts;
	}

	/**
	 * An input the channel hands over again under the same {@link Channels#SOURCE_KEY}
	 * answers the receipt it already has, which goes to the read queue again: reading a
	 * receipt twice does nothing the second time.
	 * @param senderCompany the company the {@link Portal} names as the sender; null for
	 * every other channel
	 * @return the receipt's hub id, to be read next; null for a file refused on arrival
	 * (too large), which is archived and refused but has nothing to read
	 */
	@Nullable String receive(@Body byte[] bytes, @Headers Map<String, Object> headers,
			@ExchangeProperty(Portal.SENDER_COMPANY) @Nullable UUID senderCompany) {
		Inbound inbound = new Inbound(text(headers, Channels.CHANNEL, "unknown"),
				text(headers, Channels.KIND, "unknown"), text(headers, Channels.PARTNER, null),
				text(headers, Channels.CHANNEL_IDENTITY, null),
				Channels.safeFileName(text(headers, Channels.FILE_NAME, null)), bytes,
				text(headers, Channels.REPLY_TO, null), text(headers, Channels.REPLY_CORRELATION, null),
				text(headers, Channels.SOURCE_KEY, null), senderCompany);
		try {
			UUID receipt = this.receipts.receive(inbound);
			return receipt.toString();
		}
		catch (OversizeInputException ex) {
			return null;
		}
	}

	private static @Nullable String text(Map<String, Object> headers, String name, @Nullable String otherwise) {
		Object value = headers.get(name);
		return (value != null && !value.toString().isBlank()) ? value.toString() : otherwise;
	}

}
