package io.tradehub.format.x12;

import io.tradehub.format.MappedMessage;
import io.tradehub.format.MessageMapper;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.tradehub.document.CanonicalDocument;
import io.tradehub.format.EdiMessage;
import io.tradehub.format.Interchange;
import io.tradehub.format.ParseProblem;
import io.tradehub.format.ParseProblem.Kind;
import io.tradehub.format.ack.X12AckReader;

/**
 * Maps an X12 transaction set (840, 843, 850, 855, 856 in any version; 997, 999 and TA1
 * through {@link X12AckReader}) to its canonical document following
 * {@code mappings/x12/README.md} in reverse, or to positioned problems; never throws for
 * a partner's content.
 */
public final class X12Mapper implements MessageMapper {

	private final X12Context context;

	private final X12AckReader acknowledgements;

	public X12Mapper(X12Context context) {
		this.context = Objects.requireNonNull(context, "context");
		this.acknowledgements = new X12AckReader(context.hubIds(), context.clock());
	}

	@Override
	public MappedMessage map(Interchange interchange, EdiMessage message) {
		Optional<ParseProblem> unsupported = message.unsupportedType();
		if (unsupported.isPresent()) {
			return new MappedMessage(null, List.of(unsupported.get()));
		}
		if (X12AckReader.reads(message)) {
			return this.acknowledgements.read(interchange, message, this.context.channel());
		}
		X12Transaction tx = new X12Transaction(message, interchange, this.context);
		CanonicalDocument document;
		try {
			document = switch (message.type()) {
				case "840" -> RequestForQuoteReader.read(tx);
				case "843" -> QuoteReader.read(tx);
				case "850" -> PurchaseOrderReader.read(tx);
				case "855" -> OrderAckReader.read(tx);
				case "856" -> ShipNoticeReader.read(tx);
				default -> throw new IllegalStateException("X12 " + message.type() + " is traded but not mapped");
			};
		}
		catch (IllegalArgumentException ex) {
			// The canonical model's own checks are the last line; they name what is
			// wrong.
			tx.problem(Kind.INVALID_ELEMENT, tx.st(), null,
					"The " + message.type() + " cannot be a canonical document: " + ex.getMessage());
			document = null;
		}
		if (tx.ok()) {
			return new MappedMessage(document, List.of());
		}
		// In segment order, whichever check found them: a partner fixes the set top to
		// bottom.
		List<ParseProblem> problems = tx.problems.stream()
			.sorted(Comparator.comparing(ParseProblem::segmentPosition, Comparator.nullsFirst(Integer::compare)))
			.toList();
		return new MappedMessage(null, problems);
	}

}
