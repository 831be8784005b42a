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

/**
 * Maps an X12 transaction set (840, 843, 850, 855, 856 in any version) to its canonical
 * document following {@code mappings/x12/README.md} in reverse, or to positioned
 * problems; never throws for a partner's content.
 */
public final class X12Mapper implements MessageMapper {

	private final X12Context context;

	public X12Mapper(X12Context context) {
		this.context = Objects.requireNonNull(context, "context");
	}

	@Override
	public MappedMessage map(Interchange interchange, EdiMessage message) {
		Optional<ParseProblem> unsupported = message.unsupportedType();
		if (unsupported.isPresent()) {
			return new MappedMessage(null, List.of(unsupported.get()));
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
				default -> notABusinessDocument(tx);
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

	private static CanonicalDocument notABusinessDocument(X12Transaction tx) {
		tx.problem(Kind.UNSUPPORTED_TYPE, tx.st(), null, "X12 " + tx.message.type()
				+ " is an acknowledgement, not a business document; it is read as one, not mapped here");
		return null;
	}

}
