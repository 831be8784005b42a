package io.tradehub.document.lifecycle;

import java.math.BigDecimal;
import java.util.Optional;

import io.tradehub.document.Order;
import io.tradehub.shared.Quantity;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * One ordered line: what was ordered and what has been shipped of it so far.
 */
@Embeddable
class OrderLine {

	private int lineNumber;

	private @Nullable String sku;

	private @Nullable String gtin;

	private String unit;

	@Column(precision = 19, scale = 4)
	private BigDecimal ordered;

	@Column(precision = 19, scale = 4)
	private BigDecimal shipped;

	protected OrderLine() {
	}

	OrderLine(Order.Line line) {
		this.lineNumber = line.lineNumber();
		this.sku = line.product().sku();
		this.gtin = line.product().gtin();
		this.unit = line.quantity().unit();
		this.ordered = line.quantity().value();
		this.shipped = BigDecimal.ZERO;
	}

	/** Why the line cannot be recorded, if it cannot. */
	static Optional<String> unrecordable(Order.Line line) {
		BigDecimal quantity = line.quantity().value();
		if (!Quantity.recordable(quantity)) {
			// the number itself may be hundreds of digits long
			return Optional.of("line " + line.lineNumber() + " orders a quantity of " + Quantity.wholeDigits(quantity)
					+ " digits before the decimal point, and the hub records at most "
					+ Quantity.RECORDED_WHOLE_DIGITS);
		}
		return Optional.empty();
	}

	void ship(BigDecimal quantity) {
		this.shipped = this.shipped.add(quantity);
	}

	boolean complete() {
		return this.shipped.compareTo(this.ordered) >= 0;
	}

	int lineNumber() {
		return this.lineNumber;
	}

	@Nullable String sku() {
		return this.sku;
	}

	@Nullable String gtin() {
		return this.gtin;
	}

	String unit() {
		return this.unit;
	}

	BigDecimal ordered() {
		return this.ordered;
	}

	BigDecimal shipped() {
		return this.shipped;
	}

}
