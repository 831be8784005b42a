package io.tradehub.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import io.tradehub.shared.Money;
import io.tradehub.shared.Quantity;
import org.jspecify.annotations.Nullable;

/**
 * The supplier's response to an order: the order as a whole, and each line accepted,
 * rejected or changed.
 */
public record OrderResponse(Envelope envelope, Action action, List<Line> lines,
		@Nullable String message) implements CanonicalDocument {

	public OrderResponse {
		Objects.requireNonNull(envelope, "envelope");
		Objects.requireNonNull(action, "action");
		lines = lines == null ? List.of() : Lines.checked(lines, Line::lineNumber, "An order response");
	}

	@Override
	public DocumentType type() {
		return DocumentType.ORDER_RESPONSE;
	}

	@Override
	public OrderResponse withEnvelope(Envelope envelope) {
		return new OrderResponse(envelope, this.action, this.lines, this.message);
	}

	/**
	 * What the supplier does with an order or a line (BGM 1225 / ORDRSP LIN 1229, BAK02 /
	 * ACK01).
	 */
	public enum Action {

		ACCEPTED, REJECTED, CHANGED

	}

	/**
	 * The response for one ordered line; quantity, price and date are what the supplier
	 * confirms.
	 */
	public record Line(int lineNumber, ProductRef product, Action action, @Nullable Quantity quantity,
			@Nullable Money unitPrice, @Nullable LocalDate deliveryDate) {

		public Line {
			Objects.requireNonNull(product, "product");
			Objects.requireNonNull(action, "action");
		}

	}

}
