package io.tradehub.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Builds interchanges, groups and messages from the segments StAEDI reads, keeping only
 * the current message's segments, and counts what the trailers must declare.
 */
final class InterchangeAssembler {

	final List<Interchange> interchanges = new ArrayList<>();

	/**
	 * Takes each message as it is complete; without one, interchanges keep their
	 * messages.
	 */
	private final EdiReader.@Nullable MessageListener listener;

	final List<ParseProblem> problems = new ArrayList<>();

	/**
	 * Where in {@link #problems} each interchange's own begin: those found from its
	 * header up to the next interchange's header are its own.
	 */
	final List<Integer> problemStarts = new ArrayList<>();

	@Nullable Envelope envelope;

	@Nullable EdiGroup group;

	@Nullable List<EdiSegment> message;

	int position;

	int groupCount;

	int groupMessageCount;

	/** Numbers the interchanges of one input, for messages about the second or third. */
	int interchangeNumber;

	@Nullable EdiSegment lastSegment;

	private final DuplicateReferences references = new DuplicateReferences();

	/** What the current EDIFACT interchange may contain, or null when not checked. */
	private @Nullable CharacterRepertoire repertoire;

	InterchangeAssembler(EdiReader.@Nullable MessageListener listener) {
		this.listener = listener;
	}

	/** Called when a segment begins; returns the position it has in its interchange. */
	int nextPosition(String tag) {
		if (tag.equals("UNB") || tag.equals("ISA")) {
			this.position = 0;
		}
		return ++this.position;
	}

	void segment(EdiSegment segment, Delimiters delimiters) {
		this.lastSegment = segment;
		if (segment.tag().equals("UNB") || segment.tag().equals("ISA")) {
			// What was found before the first header (a character set UNB declares, a
			// broken UNA) concerns the first interchange.
			this.problemStarts.add(this.problemStarts.isEmpty() ? 0 : this.problems.size());
		}
		ParseProblem duplicate = this.references.check(segment, this.interchangeNumber + 1);
		if (duplicate != null) {
			this.problems.add(duplicate);
		}
		checkCharacters(segment);
		switch (segment.tag()) {
			case "UNB", "ISA" -> {
				this.interchangeNumber++;
				this.envelope = Envelope.of(segment, delimiters);
				this.groupCount = 0;
			}
			case "UNG", "GS" -> {
				this.group = Envelopes.group(segment);
				this.groupCount++;
				this.groupMessageCount = 0;
			}
			case "UNH", "ST" -> this.message = new ArrayList<>(List.of(segment));
			case "UNT", "SE" -> endMessage(segment);
			case "UNE", "GE" -> this.group = null;
			case "UNZ", "IEA" -> endInterchange();
			case "TA1" -> {
				this.message = new ArrayList<>(List.of(segment));
				endMessage(null);
			}
			default -> {
				if (this.message != null) {
					this.message.add(segment);
				}
			}
		}
	}

	/** X12 declares no character set, so only EDIFACT interchanges are checked. */
	private void checkCharacters(EdiSegment segment) {
		if (segment.tag().equals("UNB")) {
			this.repertoire = CharacterRepertoire.of(segment);
		}
		if (this.repertoire != null) {
			this.repertoire.check(segment, this.problems);
		}
	}

	private void endMessage(@Nullable EdiSegment trailer) {
		if (this.message == null || this.envelope == null) {
			return;
		}
		if (trailer != null) {
			this.message.add(trailer);
		}
		EdiMessage read = Envelopes.message(this.envelope.standard, this.message, this.group);
		if (this.listener != null) {
			this.listener.message(this.envelope.header(), read);
		}
		else {
			this.envelope.messages.add(read);
		}
		this.envelope.messageCount++;
		this.groupMessageCount++;
		this.message = null;
	}

	private void endInterchange() {
		ParseProblem summary = (this.repertoire != null) ? this.repertoire.summary() : null;
		if (summary != null) {
			this.problems.add(summary);
		}
		this.repertoire = null;
		if (this.envelope != null) {
			this.interchanges.add(this.envelope.build());
		}
		this.envelope = null;
		this.group = null;
		this.message = null;
	}

	/**
	 * The number a trailer's count element must have had: segments in the message for
	 * UNT01/SE01 (the trailer itself included), messages in the group for UNE01/GE01,
	 * groups (or messages without groups) in the interchange for UNZ01/IEA01.
	 */
	int actualCount(String trailer) {
		return switch (trailer) {
			case "UNT", "SE" -> (this.message != null) ? this.message.size() + 1 : 1;
			case "UNE", "GE" -> this.groupMessageCount;
			default -> (this.groupCount > 0 || this.envelope == null) ? this.groupCount : this.envelope.messages.size();
		};
	}

	/**
	 * The header reference a trailer must repeat: UNH01/ST02, UNG05/GS06, UNB05/ISA13.
	 */
	String headerReference(String trailer) {
		return switch (trailer) {
			case "UNT", "SE" -> (this.message != null) ? Envelopes.messageReference(this.message.get(0)) : "";
			case "UNE", "GE" -> (this.group != null) ? this.group.controlReference() : "";
			default -> (this.envelope != null) ? this.envelope.controlReference : "";
		};
	}

	/**
	 * Adds a problem, keeping only the first of a run of surplus elements in one segment:
	 * a missing segment terminator makes one segment of many, and a partner needs to hear
	 * that once.
	 */
	void problem(ParseProblem problem) {
		ParseProblem previous = this.problems.isEmpty() ? null : this.problems.get(this.problems.size() - 1);
		if (previous != null && problem.kind() == ParseProblem.Kind.TOO_MANY_ELEMENTS
				&& previous.kind() == problem.kind()
				&& Objects.equals(previous.segmentPosition(), problem.segmentPosition())
				&& Objects.equals(previous.segment(), problem.segment())) {
			return;
		}
		this.problems.add(problem);
	}

	/** Closes what the input left open, naming each missing trailer. */
	void endOfInput(String after) {
		if (this.envelope == null) {
			return;
		}
		boolean edifact = this.envelope.standard.equals("EDIFACT");
		if (this.message != null) {
			missingTrailer(edifact ? "UNT" : "SE", "message " + Envelopes.messageReference(this.message.get(0)), after);
			this.message = null;
		}
		if (this.group != null) {
			missingTrailer(edifact ? "UNE" : "GE", "group " + this.group.controlReference(), after);
		}
		missingTrailer(edifact ? "UNZ" : "IEA", "interchange " + this.envelope.controlReference, after);
		endInterchange();
	}

	private void missingTrailer(String trailer, String what, String after) {
		Integer line = (this.lastSegment != null) ? this.lastSegment.line() : null;
		this.problems.add(new ParseProblem(ParseProblem.Kind.MISSING_TRAILER, trailer, this.position + 1, line, null,
				"The " + what + " has no " + trailer + " trailer: the input ends " + after));
	}

}
