package io.tradehub.format;

import java.util.Map;

/**
 * The codes of one mapping file (qualifiers, party functions ...) by key, as
 * {@link MappingFiles#codes} read and checked them.
 *
 * @param mapping what the codes are for, to name it in messages ({@code the X12 mapping})
 * @param values the code of each key
 */
public record MappingCodes(String mapping, Map<String, String> values) {

	public MappingCodes {
		values = Map.copyOf(values);
	}

	/** The code for one field of one message or set: {@code ORDERS.quantity}. */
	public String of(String message, String field) {
		return get(message + "." + field);
	}

	/**
	 * @throws IllegalStateException for a key the mapping has no code for: a mistake in
	 * the hub's code, since files are checked against every key when read
	 */
	public String get(String key) {
		String code = this.values.get(key);
		if (code == null) {
			throw new IllegalStateException(this.mapping + " has no code " + key);
		}
		return code;
	}

}
