package io.tradehub.format.x12;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import io.tradehub.format.EdiMessage;
import io.tradehub.format.EdiSegment;
import io.tradehub.format.Interchange;
import io.tradehub.format.ParseProblem;
import io.tradehub.format.ParseProblem.Kind;
import org.jspecify.annotations.Nullable;

/**
 * One transaction set being mapped: its segments, its interchange, and the problems found
 * so far, each positioned at its segment and element.
 */
final class X12Transaction {

	final EdiMessage message;

	final Interchange interchange;

	final X12Context context;

	final List<ParseProblem> problems = new ArrayList<>();

	@Nullable Currency currency;

	/** The partner's code for one field of this set ({@code sender}, {@code answers}). */
	String code(String field) {
		return this.context.qualifiers().of(this.message.type(), field);
	}

	X12Transaction(EdiMessage message, Interchange interchange, X12Context context) {
		this.message = message;
		this.interchange = interchange;
		this.context = context;
	}

	List<EdiSegment> segments() {
		return this.message.segments();
	}

	/** The segments before the first detail segment (PO1 or HL). */
	List<EdiSegment> header() {
		List<EdiSegment> header = new ArrayList<>();
		for (EdiSegment segment : segments()) {
			if (segment.tag().equals("PO1") || segment.tag().equals("HL")) {
				break;
			}
			header.add(segment);
		}
		return header;
	}

	/** The first segment with this tag, or with this tag and first element. */
	static Optional<EdiSegment> first(List<EdiSegment> segments, String tag, @Nullable String qualifier) {
		return segments.stream()
			.filter((segment) -> segment.tag().equals(tag))
			.filter((segment) -> qualifier == null || segment.value(1).strip().equals(qualifier))
			.findFirst();
	}

	/**
	 * The transaction set header (ST), where problems of a missing segment are placed.
	 */
	EdiSegment st() {
		return segments().get(0);
	}

	EdiSegment se() {
		return segments().get(segments().size() - 1);
	}

	/** The beginning segment, or a problem naming it when it is missing. */
	Optional<EdiSegment> beginning(String tag) {
		Optional<EdiSegment> segment = first(segments(), tag, null);
		if (segment.isEmpty()) {
			problem(Kind.MISSING_SEGMENT, st(), null,
					"The " + this.message.type() + " has no " + tag + " segment; it must follow ST");
		}
		return segment;
	}

	/** An element's value without padding, or null when it is empty. */
	static @Nullable String text(EdiSegment segment, int element) {
		String value = segment.value(element).strip();
		return value.isEmpty() ? null : value;
	}

	/** A value the canonical model needs, or a problem saying what it is. */
	@Nullable String required(EdiSegment segment, int element, String what) {
		String value = text(segment, element);
		if (value == null) {
			problem(Kind.MISSING_ELEMENT, segment, element,
					reference(segment, element) + " (" + what + ") is empty; the " + this.message.type() + " needs it");
		}
		return value;
	}

	void problem(Kind kind, EdiSegment segment, @Nullable Integer element, String message) {
		this.problems.add(new ParseProblem(kind, segment.tag(), segment.position(), segment.line(),
				(element != null) ? reference(segment, element) : null, message));
	}

	static String reference(EdiSegment segment, int element) {
		return segment.tag() + "%02d".formatted(element);
	}

	boolean ok() {
		return this.problems.isEmpty();
	}

}
