package io.tradehub.document;

import java.util.Objects;

/**
 * A reference a document carries (a buyer's cost centre, a contract, a promotion), by its
 * kind and value.
 *
 * @param kind the kind as the partner's format names it (RFF qualifier {@code CR}, REF01
 * {@code DP} ...)
 * @param value the reference itself
 */
public record Reference(String kind, String value) {

	public Reference {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(value, "value");
	}

}
