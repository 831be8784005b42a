package io.tradehub.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import io.tradehub.shared.Money;
import io.tradehub.shared.Quantity;
import org.jspecify.annotations.Nullable;

/**
 * The supplier's answer to an order request, line by line, with the shipping charge and a
 * message to the partner.
 */
public record Answer(Envelope envelope, List<Line> lines, @Nullable Money shippingCharge,
		@Nullable String message) implements CanonicalDocument {

	public Answer {
		Objects.requireNonNull(envelope, "envelope");
		lines = Lines.checked(lines, Line::lineNumber, "An answer");
	}

	@Override
	public DocumentType type() {
		return DocumentType.ANSWER;
	}

	@Override
	public Answer withEnvelope(Envelope envelope) {
		return new Answer(envelope, this.lines, this.shippingCharge, this.message);
	}

	/**
	 * What the supplier can do for one requested line.
	 *
	 * @param lineNumber the number of the request's line this answers
	 * @param available how much can be delivered now
	 * @param unitPrice the price per unit of the quantity's unit
	 * @param backOrder how much more follows later
	 * @param availableOn when the back-ordered quantity will be there
	 */
	public record Line(int lineNumber, ProductRef product, Quantity available, @Nullable Money unitPrice,
			@Nullable Quantity backOrder, @Nullable LocalDate availableOn) {

		public Line {
			Objects.requireNonNull(product, "product");
			Objects.requireNonNull(available, "available");
		}

	}

}
