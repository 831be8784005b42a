package io.tradehub.format;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Finds control references used twice in one file: a message reference (UNH01, ST02) or
 * group reference (UNG05, GS06) twice in one interchange, an interchange reference
 * (UNB05, ISA13) twice from the same sender. Only the references and where they were
 * first seen are kept, so a large streamed interchange stays cheap.
 */
final class DuplicateReferences {

	/** Interchange references of the whole file, keyed by sender and reference. */
	private final Map<String, Integer> interchanges = new HashMap<>();

	private final Map<String, Integer> groups = new HashMap<>();

	private final Map<String, Integer> messages = new HashMap<>();

	/**
	 * Checks a header segment as it is read.
	 * @param header the UNB, ISA, UNG, GS, UNH or ST
	 * @param interchangeNumber which interchange of the file the header is in, from 1
	 * @return the problem at the header when its reference was seen before, or null
	 */
	@Nullable ParseProblem check(EdiSegment header, int interchangeNumber) {
		return switch (header.tag()) {
			case "UNB", "ISA" -> interchange(header, interchangeNumber);
			case "UNG", "GS" -> {
				// X12 numbers transaction sets per group (ST02 is unique within its GS),
				// and senders restart them in every group
				if (header.tag().equals("GS")) {
					this.messages.clear();
				}
				yield repeated(this.groups, header, header.tag().equals("UNG") ? 5 : 6, "group");
			}
			case "UNH", "ST" -> repeated(this.messages, header, header.tag().equals("UNH") ? 1 : 2, "message");
			default -> null;
		};
	}

	private @Nullable ParseProblem interchange(EdiSegment header, int interchangeNumber) {
		this.groups.clear();
		this.messages.clear();
		boolean edifact = header.tag().equals("UNB");
		int element = edifact ? 5 : 13;
		String reference = header.value(element).strip();
		Party sender = edifact ? Envelopes.party(header, 2)
				: new Party(header.value(6).strip(), header.value(5).strip());
		if (reference.isEmpty()) {
			return null;
		}
		Integer first = this.interchanges.putIfAbsent(sender + "\u0000" + reference, interchangeNumber);
		if (first == null) {
			return null;
		}
		String ref = header.tag() + String.format("%02d", element);
		return problem(header, ref, ref + " '" + reference + "' repeats the control reference of interchange " + first
				+ " in this file from the same sender " + sender + "; each interchange needs its own reference");
	}

	private static @Nullable ParseProblem repeated(Map<String, Integer> seen, EdiSegment header, int element,
			String what) {
		String reference = header.value(element);
		if (reference.isEmpty()) {
			return null;
		}
		Integer first = seen.putIfAbsent(reference, header.position());
		if (first == null) {
			return null;
		}
		String ref = header.tag() + String.format("%02d", element);
		return problem(header, ref,
				ref + " '" + reference + "' repeats the reference of the " + what + " whose " + header.tag()
						+ " is at position " + first + " in this interchange; each " + what
						+ " needs its own reference");
	}

	private static ParseProblem problem(EdiSegment header, String element, String message) {
		return new ParseProblem(ParseProblem.Kind.DUPLICATE_CONTROL_REFERENCE, header.tag(), header.position(),
				header.line(), element, message);
	}

}
