package io.tradehub.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import io.tradehub.shared.Money;
import io.tradehub.shared.Quantity;
import org.jspecify.annotations.Nullable;

/**
 * A customer's order, with the agreed prices and where the goods go.
 *
 * @param requestedDelivery the delivery date the customer asks for
 * @param shipBy the deadline to ship, set by the rules from the connection's shipping
 * window and days of service
 */
public record Order(Envelope envelope, List<Line> lines, @Nullable Address shipTo, List<Reference> references,
		@Nullable LocalDate requestedDelivery, @Nullable Instant shipBy,
		@Nullable String note) implements CanonicalDocument {

	public Order {
		Objects.requireNonNull(envelope, "envelope");
		lines = Lines.checked(lines, Line::lineNumber, "An order");
		references = references == null ? List.of() : List.copyOf(references);
	}

	@Override
	public DocumentType type() {
		return DocumentType.ORDER;
	}

	@Override
	public Order withEnvelope(Envelope envelope) {
		return new Order(envelope, this.lines, this.shipTo, this.references, this.requestedDelivery, this.shipBy,
				this.note);
	}

	/**
	 * One product ordered.
	 */
	public record Line(int lineNumber, ProductRef product, Quantity quantity, @Nullable Money unitPrice) {

		public Line {
			Objects.requireNonNull(product, "product");
			Objects.requireNonNull(quantity, "quantity");
		}

	}

}
