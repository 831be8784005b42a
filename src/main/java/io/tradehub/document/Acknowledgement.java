package io.tradehub.document;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A syntax acknowledgement (CONTRL, 997, 999) or an application one (APERAK) of an
 * interchange, a group or a message, with the problems that made it reject.
 *
 * @param level what is acknowledged
 * @param acknowledgedReference the control reference of what is acknowledged (UNB 0020,
 * GS06, ST02 ...)
 */
public record Acknowledgement(Envelope envelope, Kind kind, Level level, String acknowledgedReference, Status status,
		List<Problem> problems) implements CanonicalDocument {

	public Acknowledgement {
		Objects.requireNonNull(envelope, "envelope");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(level, "level");
		Objects.requireNonNull(acknowledgedReference, "acknowledgedReference");
		Objects.requireNonNull(status, "status");
		problems = problems == null ? List.of() : List.copyOf(problems);
	}

	@Override
	public DocumentType type() {
		return DocumentType.ACKNOWLEDGEMENT;
	}

	/**
	 * Syntax (was it well formed) or application (was it accepted by the partner's
	 * system).
	 */
	public enum Kind {

		SYNTAX, APPLICATION

	}

	/** The unit acknowledged. */
	public enum Level {

		INTERCHANGE, GROUP, MESSAGE

	}

	/** The verdict (CONTRL UCI 0083, AK501/AK901, IK501). */
	public enum Status {

		ACCEPTED, PARTIALLY_ACCEPTED, REJECTED

	}

	/**
	 * One reason for a rejection, where it was found and in words a partner can act on.
	 *
	 * @param messageReference the control reference of the message it was found in
	 * @param segment the segment tag
	 * @param segmentPosition the segment's position in the message or interchange
	 * @param element the element, as {@code UNT01} or {@code SE01}
	 * @param code the error code the acknowledgement standard gives it
	 */
	public record Problem(@Nullable String messageReference, @Nullable String segment,
			@Nullable Integer segmentPosition, @Nullable String element, @Nullable String code, String message) {

		public Problem {
			Objects.requireNonNull(message, "message");
		}

	}

}
