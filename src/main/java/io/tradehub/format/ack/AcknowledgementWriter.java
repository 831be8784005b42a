package io.tradehub.format.ack;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.tradehub.format.ControlNumbers;
import io.tradehub.format.Interchange;
import io.tradehub.format.ParseProblem;

/**
 * Writes the syntax acknowledgement of an interchange as read, back to its sender: the
 * identities swapped, the sender's separators, syntax and version, and the hub's own
 * control numbers for that partner. Each problem found reading or mapping the interchange
 * is reported in the message whose range holds its position, or with the interchange.
 * <p>
 * Problems are positioned within one interchange, so pass the problems of the interchange
 * answered: for a file of several, read and acknowledge them one by one.
 */
public final class AcknowledgementWriter {

	private final ControlNumbers controlNumbers;

	private final Clock clock;

	public AcknowledgementWriter(ControlNumbers controlNumbers, Clock clock) {
		this.controlNumbers = Objects.requireNonNull(controlNumbers, "controlNumbers");
		this.clock = Objects.requireNonNull(clock, "clock");
	}

	/** A CONTRL for EDIFACT, the X12 acknowledgement for X12. */
	public byte[] write(Interchange interchange, List<ParseProblem> problems) {
		return interchange.standard().equals("EDIFACT") ? contrl(interchange, problems) : x12(interchange, problems);
	}

	/**
	 * A CONTRL ({@code CONTRL:D:3:UN}, or {@code CONTRL:4:1:UN} for syntax 4): UCI 0083 =
	 * 7 when accepted, 4 rejecting with the first envelope error; a UCM per message, with
	 * UCS and UCD for each segment and element in error.
	 */
	public byte[] contrl(Interchange interchange, List<ParseProblem> problems) {
		requireStandard(interchange, "EDIFACT");
		String partner = interchange.sender().toString();
		return ContrlWriter.write(Verdicts.of(interchange, problems), next(partner, ControlNumbers.Kind.INTERCHANGE),
				next(partner, ControlNumbers.Kind.MESSAGE), now());
	}

	/**
	 * The application acknowledgement of an EDIFACT interchange: an APERAK for each
	 * business message, all in one interchange back to its sender, accepting or refusing
	 * it with the reasons. Problems reading the interchange refuse every message, each
	 * with its own problems or the interchange's first.
	 * @param documents the rules' verdict on the document of each business message, in
	 * the interchange's order; empty when problems kept the documents from being read
	 * @return empty when the interchange holds no business message to answer (only CONTRL
	 * or APERAK, or none could be read), where a CONTRL answers instead
	 */
	public Optional<byte[]> aperak(Interchange interchange, List<ParseProblem> problems,
			List<DocumentVerdict> documents) {
		requireStandard(interchange, "EDIFACT");
		Verdicts verdicts = Verdicts.of(interchange, problems);
		if (AperakWriter.answered(verdicts).isEmpty()) {
			return Optional.empty();
		}
		String partner = interchange.sender().toString();
		return Optional.of(AperakWriter.write(verdicts, documents, next(partner, ControlNumbers.Kind.INTERCHANGE),
				() -> next(partner, ControlNumbers.Kind.MESSAGE), now()));
	}

	/**
	 * A TA1 rejecting the interchange when its envelope (ISA, IEA) is bad; otherwise a
	 * 997 (before 005010) or 999 (005010 on) for each functional group.
	 */
	public byte[] x12(Interchange interchange, List<ParseProblem> problems) {
		requireStandard(interchange, "X12");
		X12AckWriter writer = new X12AckWriter(Verdicts.of(interchange, problems));
		String partner = interchange.sender().toString();
		String isa13 = "%09d".formatted(this.controlNumbers.next(partner, ControlNumbers.Kind.INTERCHANGE));
		if (!writer.envelopeProblems().isEmpty()) {
			return writer.ta1(isa13, now());
		}
		return writer.functional(isa13, next(partner, ControlNumbers.Kind.GROUP),
				() -> "%04d".formatted(this.controlNumbers.next(partner, ControlNumbers.Kind.MESSAGE)), now());
	}

	/**
	 * A TA1 alone: TA104 A with note 000, or R with the first envelope problem's TA105.
	 */
	public byte[] ta1(Interchange interchange, List<ParseProblem> problems) {
		requireStandard(interchange, "X12");
		String partner = interchange.sender().toString();
		String isa13 = "%09d".formatted(this.controlNumbers.next(partner, ControlNumbers.Kind.INTERCHANGE));
		return new X12AckWriter(Verdicts.of(interchange, problems)).ta1(isa13, now());
	}

	private String next(String partner, ControlNumbers.Kind kind) {
		return Long.toString(this.controlNumbers.next(partner, kind));
	}

	private ZonedDateTime now() {
		return ZonedDateTime.now(this.clock.withZone(ZoneOffset.UTC));
	}

	private static void requireStandard(Interchange interchange, String standard) {
		if (!interchange.standard().equals(standard)) {
			throw new IllegalArgumentException("A " + standard + " acknowledgement answers a " + standard
					+ " interchange, not " + interchange.standard());
		}
	}

}
