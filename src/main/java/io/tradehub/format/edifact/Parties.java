package io.tradehub.format.edifact;

import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;

import io.tradehub.document.Address;
import io.tradehub.document.Party;
import io.tradehub.format.EdiSegment;
import org.jspecify.annotations.Nullable;

/**
 * Reads NAD segments back into parties and addresses, the reverse of
 * {@link EancomCodes#partyId}: a GLN (agency 9) as {@code 14:<gln>}, a mutually defined
 * identity (ZZZ) as written, any other as {@code agency:id}.
 */
final class Parties {

	private Parties() {
	}

	/**
	 * The party a NAD names; its identity falls back to the interchange's (UNB) when the
	 * NAD carries none or the message has no such NAD.
	 */
	static Party party(@Nullable EdiSegment nad, io.tradehub.format.Party interchange) {
		String identity = (nad != null) ? identity(nad) : null;
		return new Party(null, (identity != null) ? identity : identity(interchange), (nad != null)
				? text(nad.elements().size() >= 4 ? nad.elements().get(3).components() : List.of()) : null);
	}

	static @Nullable Address address(EdiSegment nad) {
		return new Address(component(nad, 4), component(nad, 5), nad.value(8).isEmpty() ? null : nad.value(8),
				nad.value(6).isEmpty() ? null : nad.value(6), nad.value(9).isEmpty() ? null : nad.value(9),
				identity(nad));
	}

	static @Nullable String identity(EdiSegment nad) {
		String id = nad.component(2, 1);
		String agency = nad.component(2, 3);
		if (id.isEmpty()) {
			return null;
		}
		return switch (agency) {
			case "9" -> "14:" + id;
			case "ZZZ", "" -> id.contains(":") ? id : "ZZZ:" + id;
			default -> agency + ":" + id;
		};
	}

	/**
	 * UNB identities as {@code qualifier:id}, mutually defined (ZZZ) without qualifier.
	 */
	static String identity(io.tradehub.format.Party interchange) {
		String qualifier = interchange.qualifier();
		return ((qualifier != null && !qualifier.isEmpty()) ? qualifier : "ZZZ") + ":" + interchange.id();
	}

	private static @Nullable String component(EdiSegment nad, int element) {
		return (nad.elements().size() >= element) ? text(nad.elements().get(element - 1).components()) : null;
	}

	/** Name and street lines, the non-empty components joined by a space. */
	static @Nullable String text(List<String> components) {
		StringJoiner text = new StringJoiner(" ");
		for (String component : components) {
			if (!component.isEmpty()) {
				text.add(component);
			}
		}
		return (text.length() == 0) ? null : text.toString();
	}

	static @Nullable String text(String... components) {
		return text(Arrays.asList(components));
	}

}
