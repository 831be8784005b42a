package io.tradehub.format.ack;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.tradehub.format.EdiMessage;
import io.tradehub.format.EdiSegment;
import io.tradehub.format.Interchange;
import io.tradehub.format.ParseProblem;
import org.jspecify.annotations.Nullable;

/**
 * The problems found in one interchange placed where an acknowledgement reports them: in
 * the message whose header-to-trailer range holds the problem's position, or, outside
 * every message, with the group or the interchange.
 *
 * @param outside the problems in no message, in input order: envelope, group headers and
 * trailers, and problems without a position
 * @param messages every message and transaction set, with its problems
 */
record Verdicts(Interchange interchange, List<ParseProblem> outside, List<MessageVerdict> messages) {

	private static final Set<String> HEADERS = Set.of("UNH", "ST");

	static Verdicts of(Interchange interchange, List<ParseProblem> problems) {
		List<MessageVerdict> messages = new ArrayList<>();
		for (EdiMessage message : interchange.messages()) {
			// A TA1 read among the sets is an acknowledgement itself, not acknowledged.
			if (!message.segments().isEmpty() && HEADERS.contains(message.segments().get(0).tag())) {
				messages.add(new MessageVerdict(message, new ArrayList<>(), new ArrayList<>()));
			}
		}
		List<ParseProblem> outside = new ArrayList<>();
		for (ParseProblem problem : problems) {
			MessageVerdict verdict = find(messages, problem.segmentPosition());
			if (verdict == null) {
				outside.add(problem);
			}
			else if (isHeaderOrTrailer(problem.segment())) {
				verdict.envelope().add(problem);
			}
			else {
				verdict.body().add(problem);
			}
		}
		return new Verdicts(interchange, List.copyOf(outside), List.copyOf(messages));
	}

	private static @Nullable MessageVerdict find(List<MessageVerdict> messages, @Nullable Integer position) {
		if (position == null) {
			return null;
		}
		return messages.stream()
			.filter((verdict) -> verdict.first() <= position && position <= verdict.last())
			.findFirst()
			.orElse(null);
	}

	private static boolean isHeaderOrTrailer(@Nullable String tag) {
		return tag != null && Set.of("UNH", "UNT", "ST", "SE").contains(tag);
	}

	/**
	 * Whether a problem outside every message is with the group rather than the
	 * interchange.
	 */
	static boolean isGroupProblem(ParseProblem problem) {
		return problem.segment() != null && Set.of("UNG", "UNE", "GS", "GE").contains(problem.segment());
	}

	/** The problems outside the messages that are not the groups': the interchange's. */
	List<ParseProblem> interchangeProblems() {
		return this.outside.stream().filter((problem) -> !isGroupProblem(problem)).toList();
	}

	/**
	 * One message and the problems found in it.
	 *
	 * @param envelope the problems in its header and trailer (UNH, UNT, ST, SE)
	 * @param body the problems in its other segments
	 */
	record MessageVerdict(EdiMessage message, List<ParseProblem> envelope, List<ParseProblem> body) {

		int first() {
			return this.message.segments().get(0).position();
		}

		int last() {
			List<EdiSegment> segments = this.message.segments();
			return segments.get(segments.size() - 1).position();
		}

		boolean rejected() {
			return !this.envelope.isEmpty() || !this.body.isEmpty();
		}

		/** A problem's segment position counted from the message header as 1. */
		int positionInMessage(ParseProblem problem) {
			return problem.segmentPosition() - first() + 1;
		}

	}

}
