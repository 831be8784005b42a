package io.tradehub.document;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A syntax acknowledgement (CONTRL, 997, 999, TA1) or an application one (APERAK) of an
 * interchange, a group or a message, with the verdict on each message it names and the
 * problems that made it reject.
 *
 * @param level what is acknowledged
 * @param acknowledgedReference the control reference of what is acknowledged (UNB 0020,
 * GS06, ST02 ...), or for an application acknowledgement the number of the document it
 * answers
 * @param acknowledged where what it answers came from, so the hub can find the
 * interchange it sent; null when the acknowledgement names none
 * @param messages the verdict on each message or transaction set it names (UCM, AK2/AK5,
 * AK2/IK5), in its order
 */
public record Acknowledgement(Envelope envelope, Kind kind, Level level, String acknowledgedReference, Status status,
		@Nullable Acknowledged acknowledged, List<MessageStatus> messages,
		List<Problem> problems) implements CanonicalDocument {

	public Acknowledgement {
		Objects.requireNonNull(envelope, "envelope");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(level, "level");
		Objects.requireNonNull(acknowledgedReference, "acknowledgedReference");
		Objects.requireNonNull(status, "status");
		messages = messages == null ? List.of() : List.copyOf(messages);
		problems = problems == null ? List.of() : List.copyOf(problems);
	}

	@Override
	public DocumentType type() {
		return DocumentType.ACKNOWLEDGEMENT;
	}

	@Override
	public Acknowledgement withEnvelope(Envelope envelope) {
		return new Acknowledgement(envelope, this.kind, this.level, this.acknowledgedReference, this.status,
				this.acknowledged, this.messages, this.problems);
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

	/** The verdict (CONTRL UCI/UCM 0083, AK501/IK501, AK901, TA104, APERAK BGM 1225). */
	public enum Status {

		ACCEPTED, PARTIALLY_ACCEPTED, REJECTED,

		/** Received but not yet checked: a CONTRL receipt (0083 = 8). */
		RECEIVED

	}

	/**
	 * The interchange and group an acknowledgement answers, as the original sender named
	 * them: the hub's own outbound interchange when a partner acknowledges it.
	 *
	 * @param sender who sent what is acknowledged, as {@code qualifier:id} (UCI S002; for
	 * X12 and APERAK, which do not repeat it, the acknowledgement's own receiver)
	 * @param interchangeReference UNB 0020 or ISA13 of what is acknowledged (UCI 0020,
	 * TA101), null when the acknowledgement does not carry it (997, 999)
	 * @param groupReference UNG 0048 or GS06 of what is acknowledged (UCF, AK102)
	 */
	public record Acknowledged(@Nullable String sender, @Nullable String interchangeReference,
			@Nullable String groupReference) {
	}

	/**
	 * The verdict on one message or transaction set.
	 *
	 * @param reference its control reference (UNH 0062, ST02)
	 * @param type its type (ORDERS, 850), when the acknowledgement names it
	 */
	public record MessageStatus(String reference, @Nullable String type, Status status) {

		public MessageStatus {
			Objects.requireNonNull(reference, "reference");
			Objects.requireNonNull(status, "status");
		}

	}

	/**
	 * One reason for a rejection, where it was found and in words a partner can act on.
	 *
	 * @param messageReference the control reference of the message it was found in, null
	 * for the interchange or group
	 * @param segment the segment tag, when the acknowledgement names it (CONTRL UCS does
	 * not)
	 * @param segmentPosition the segment's position in its message counting the header as
	 * 1 (UCS 0096, AK302, IK302), null for a problem in the envelope
	 * @param element the element, as {@code UNT01} or {@code NM108}, or by position alone
	 * ({@code 02-1}) when the segment is not named
	 * @param code the error code the acknowledgement standard gives it (0085,
	 * AK304/AK403, AK502, AK905, TA105, APERAK ERC 9321)
	 */
	public record Problem(@Nullable String messageReference, @Nullable String segment,
			@Nullable Integer segmentPosition, @Nullable String element, @Nullable String code, String message) {

		public Problem {
			Objects.requireNonNull(message, "message");
		}

	}

}
