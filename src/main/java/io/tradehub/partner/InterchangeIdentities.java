package io.tradehub.partner;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Finds the company an interchange identity names, the way the format readers give it
 * ({@code qualifier:id}, or {@code id} alone when the envelope has no qualifier).
 * Qualifiers are compared in upper case and ids without surrounding blanks; the qualifier
 * is read as follows.
 *
 * <table>
 * <caption>Qualifiers and the company identities they match</caption>
 * <tr>
 * <th>qualifier sent</th>
 * <th>meaning</th>
 * <th>matches a company identity with qualifier</th>
 * </tr>
 * <tr>
 * <td>{@code 14}, {@code GLN}, {@code UL}</td>
 * <td>GLN (EDIFACT UNB 14, X12 ISA 14 and N1 {@code UL} arrive as {@code 14})</td>
 * <td>{@code GLN}, {@code 14}, {@code UL}</td>
 * </tr>
 * <tr>
 * <td>{@code 1}, {@code 01}, {@code DUNS}</td>
 * <td>DUNS (EDIFACT UNB 1, X12 ISA 01 and N1 {@code 1})</td>
 * <td>{@code DUNS}, {@code 1}, {@code 01}</td>
 * </tr>
 * <tr>
 * <td>{@code ZZ}, {@code ZZZ}, none</td>
 * <td>mutually defined</td>
 * <td>first {@code ZZ} or {@code ZZZ}; else any qualifier outside the GLN and DUNS rows;
 * else, when the id is a valid GLN, a GLN (the hub itself writes a GLN into ISA as
 * {@code ZZ})</td>
 * </tr>
 * <tr>
 * <td>any other ({@code 08}, {@code 12}, {@code 16}, {@code 9} ...)</td>
 * <td>as sent (their meaning differs between EDIFACT and X12)</td>
 * <td>exactly that qualifier</td>
 * </tr>
 * </table>
 *
 * Each step that finds identities of two companies answers nothing: an ambiguous sender
 * is refused rather than guessed.
 */
final class InterchangeIdentities {

	static final Set<String> GLN = Set.of("GLN", "14", "UL");

	static final Set<String> DUNS = Set.of("DUNS", "1", "01");

	static final Set<String> MUTUALLY_DEFINED = Set.of("ZZ", "ZZZ");

	private InterchangeIdentities() {
	}

	/** The id part of an identity, without surrounding blanks. */
	static String identifier(String identity) {
		return identity.substring(identity.indexOf(':') + 1).strip();
	}

	/**
	 * The company the identity names among the identities registered with its id.
	 * @param identity as the format readers give it
	 * @param held the registered identities with the identity's id
	 */
	static Optional<UUID> match(String identity, List<Held> held) {
		int colon = identity.indexOf(':');
		String qualifier = (colon < 0) ? "" : identity.substring(0, colon).strip().toUpperCase(Locale.ROOT);
		String id = identifier(identity);
		List<Held> same = held.stream().filter(h -> h.identifier().equals(id)).toList();
		if (id.isEmpty() || same.isEmpty()) {
			return Optional.empty();
		}
		for (Predicate<String> step : steps(qualifier, id)) {
			List<UUID> companies = same.stream()
				.filter(h -> step.test(h.qualifier().toUpperCase(Locale.ROOT)))
				.map(Held::companyId)
				.distinct()
				.toList();
			if (!companies.isEmpty()) {
				return (companies.size() == 1) ? Optional.of(companies.get(0)) : Optional.empty();
			}
		}
		return Optional.empty();
	}

	/** The qualifiers a registered identity may have, in the order they are tried. */
	private static List<Predicate<String>> steps(String qualifier, String id) {
		if (GLN.contains(qualifier)) {
			return List.of(GLN::contains);
		}
		if (DUNS.contains(qualifier)) {
			return List.of(DUNS::contains);
		}
		if (qualifier.isEmpty() || MUTUALLY_DEFINED.contains(qualifier)) {
			Predicate<String> other = q -> !GLN.contains(q) && !DUNS.contains(q);
			return validGln(id) ? List.of(MUTUALLY_DEFINED::contains, other, GLN::contains)
					: List.of(MUTUALLY_DEFINED::contains, other);
		}
		return List.of(qualifier::equals);
	}

	static boolean validGln(String id) {
		if (!id.matches("\\d{13}")) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 12; i++) {
			int digit = id.charAt(i) - '0';
			sum += (i % 2 == 0) ? digit : digit * 3;
		}
		return (10 - sum % 10) % 10 == id.charAt(12) - '0';
	}

	/**
	 * An identity registered on the hub and the company holding it.
	 */
	record Held(UUID companyId, String qualifier, String identifier) {
	}

}
