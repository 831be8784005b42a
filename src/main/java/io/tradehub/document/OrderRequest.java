package io.tradehub.document;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import io.tradehub.shared.Quantity;
import org.jspecify.annotations.Nullable;

/**
 * A customer asks a supplier for goods, to be answered by a deadline.
 *
 * @param answerBy the deadline for the answer; set by the rules from the connection's
 * answer window when the request does not carry one
 */
public record OrderRequest(Envelope envelope, List<Line> lines, @Nullable Address shipTo,
		List<Reference> buyerReferences, @Nullable String noteToSupplier,
		@Nullable Instant answerBy) implements CanonicalDocument {

	public OrderRequest {
		Objects.requireNonNull(envelope, "envelope");
		lines = Lines.checked(lines, Line::lineNumber, "An order request");
		buyerReferences = buyerReferences == null ? List.of() : List.copyOf(buyerReferences);
	}

	@Override
	public DocumentType type() {
		return DocumentType.ORDER_REQUEST;
	}

	@Override
	public OrderRequest withEnvelope(Envelope envelope) {
		return new OrderRequest(envelope, this.lines, this.shipTo, this.buyerReferences, this.noteToSupplier,
				this.answerBy);
	}

	/**
	 * One product asked for.
	 */
	public record Line(int lineNumber, ProductRef product, Quantity quantity) {

		public Line {
			Objects.requireNonNull(product, "product");
			Objects.requireNonNull(quantity, "quantity");
		}

	}

}
