package io.tradehub.format.edifact;

import io.tradehub.format.MappedMessage;
import io.tradehub.format.MessageMapper;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

import io.tradehub.document.CanonicalDocument;
import io.tradehub.format.EdiMessage;
import io.tradehub.format.EdiSegment;
import io.tradehub.format.Interchange;
import io.tradehub.format.ParseProblem;
import io.tradehub.format.TradedType;
import io.tradehub.format.ack.EdifactAckReader;
import org.jspecify.annotations.Nullable;

/**
 * Maps an EDIFACT message (REQOTE, QUOTES, ORDERS, ORDRSP, DESADV of any D directory,
 * EANCOM or plain UN; CONTRL and APERAK through {@link EdifactAckReader}) to its
 * canonical document as {@code mappings/edifact/README.md} tables it; what is missing or
 * wrong comes back as positioned problems, never as an exception.
 */
public final class EdifactMapper implements MessageMapper {

	/** The channel named in the source when the caller names none. */
	public static final String DEFAULT_CHANNEL = "file";

	private final Supplier<UUID> hubIds;

	private final Clock clock;

	private final EancomQualifiers qualifiers;

	private final EdifactAckReader acknowledgements;

	/**
	 * @param hubIds gives each mapped document its hub id (time-ordered in the hub, fixed
	 * in tests)
	 * @param clock gives the source's received-at instant
	 */
	public EdifactMapper(Supplier<UUID> hubIds, Clock clock) {
		this(hubIds, clock, EancomQualifiers.STANDARD);
	}

	/**
	 * @param qualifiers the codes the partner's messages use
	 */
	public EdifactMapper(Supplier<UUID> hubIds, Clock clock, EancomQualifiers qualifiers) {
		this.hubIds = Objects.requireNonNull(hubIds, "hubIds");
		this.clock = Objects.requireNonNull(clock, "clock");
		this.qualifiers = Objects.requireNonNull(qualifiers, "qualifiers");
		this.acknowledgements = new EdifactAckReader(hubIds, clock);
	}

	@Override
	public MappedMessage map(Interchange interchange, EdiMessage message) {
		return map(interchange, message, DEFAULT_CHANNEL);
	}

	/**
	 * @param interchange the interchange the message came in, for UNB identities and 0020
	 * @param message the message with its segments from UNH to UNT
	 * @param channel the channel it came in by, for the document's source
	 */
	public MappedMessage map(Interchange interchange, EdiMessage message, String channel) {
		if (!message.standard().equals("EDIFACT") || message.segments().isEmpty()) {
			return MappedMessage.of(ParseProblem.ofInput(ParseProblem.Kind.UNSUPPORTED_TYPE,
					message.standard() + " " + message.type() + " is not an EDIFACT message"));
		}
		if (message.unsupportedType().isPresent()) {
			return MappedMessage.of(message.unsupportedType().get());
		}
		if (EdifactAckReader.reads(message)) {
			return this.acknowledgements.read(interchange, message, channel);
		}
		TradedType type = message.tradedType().orElseThrow();
		MappingContext context = new MappingContext(MessageParts.of(message), this.qualifiers);
		Identity identity = new Identity(this.hubIds.get(), channel, "EDIFACT " + message.version() + message.release(),
				this.clock.instant());
		@Nullable CanonicalDocument document;
		try {
			document = document(type, context, interchange, identity, message);
		}
		catch (IllegalArgumentException ex) {
			// The canonical model refused a value the checks above let through.
			EdiSegment header = message.segments().get(0);
			context.problem(ParseProblem.Kind.INVALID_ELEMENT, header, null,
					"The " + message.type() + " cannot be mapped: " + ex.getMessage());
			document = null;
		}
		return new MappedMessage(document, context.problems);
	}

	private static @Nullable CanonicalDocument document(TradedType type, MappingContext context,
			Interchange interchange, Identity identity, EdiMessage message) {
		return switch (type) {
			case REQOTE -> ReqoteMapping.map(context, interchange, identity);
			case QUOTES -> QuotesMapping.map(context, interchange, identity);
			case ORDERS -> OrdersMapping.map(context, interchange, identity);
			case ORDRSP -> OrdrspMapping.map(context, interchange, identity);
			case DESADV -> DesadvMapping.map(context, interchange, identity);
			default -> {
				EdiSegment header = message.segments().get(0);
				context.problem(ParseProblem.Kind.UNSUPPORTED_TYPE, header, null,
						"EDIFACT " + message.type() + " is not a business message");
				yield null;
			}
		};
	}

}
