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

	/**
	 * TED01 (647) of a refusal in an 824: mutually defined, as the reasons are the hub's
	 * own words.
	 */
	public static final String ADVICE_REFUSED = "ZZZ";

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
	 * The APERAKs of the documents the rules refused, for an EDIFACT sender that asks
	 * only for syntax acknowledgements: its CONTRL accepts a well-formed interchange and
	 * has no place for words, yet a refusal always tells its sender why (DESIGN §4). As
	 * {@link #aperak}, answering only the refused documents.
	 * @param documents the rules' verdict on the document of each business message, in
	 * the interchange's order
	 * @return empty when no document was refused
	 */
	public Optional<byte[]> refusals(Interchange interchange, List<DocumentVerdict> documents) {
		requireStandard(interchange, "EDIFACT");
		if (documents.stream().allMatch((document) -> document.refusal() == null)) {
			return Optional.empty();
		}
		String partner = interchange.sender().toString();
		return Optional.of(AperakWriter.write(Verdicts.of(interchange, List.of()), documents, true,
				next(partner, ControlNumbers.Kind.INTERCHANGE), () -> next(partner, ControlNumbers.Kind.MESSAGE),
				now()));
	}

	/**
	 * A TA1 rejecting the interchange when its envelope (ISA, IEA) is bad; otherwise a
	 * 997 (before 005010) or 999 (005010 on) for each functional group.
	 */
	public byte[] x12(Interchange interchange, List<ParseProblem> problems) {
		return x12(interchange, problems, List.of());
	}

	/**
	 * The X12 acknowledgement of an interchange whose documents the rules judged: as
	 * {@link #x12(Interchange, List)}, and a set whose document they refused is rejected
	 * too (AK5/IK5 {@code R}); {@link #applicationAdvice} says why.
	 * @param documents the rules' verdict on the document of each set that is not an
	 * acknowledgement, in order; empty when problems kept the documents from being read
	 */
	public byte[] x12(Interchange interchange, List<ParseProblem> problems, List<DocumentVerdict> documents) {
		requireStandard(interchange, "X12");
		X12AckWriter writer = new X12AckWriter(Verdicts.of(interchange, problems), documents);
		String partner = interchange.sender().toString();
		String isa13 = isa13(partner);
		if (!writer.envelopeProblems().isEmpty()) {
			return writer.ta1(isa13, now());
		}
		return writer.functional(isa13, next(partner, ControlNumbers.Kind.GROUP), () -> st02(partner), now());
	}

	/**
	 * The 824 application advice that tells an X12 sender, in words, why the rules
	 * refused its documents: the 997 or 999 rejects their sets, but carries codes only.
	 * One OTI per refused document (OTI01 {@code TR}, its number in OTI03, its GS06, ST02
	 * and ST01 in OTI08 to OTI10), TED01 {@code ZZZ} with the reason's first 60
	 * characters, and the whole reason in NTE*ADD segments of 80.
	 * @param documents as for {@link #x12(Interchange, List, List)}
	 * @return empty when no document was refused
	 */
	public Optional<byte[]> applicationAdvice(Interchange interchange, List<DocumentVerdict> documents) {
		requireStandard(interchange, "X12");
		if (documents.stream().allMatch((document) -> document.refusal() == null)) {
			return Optional.empty();
		}
		String partner = interchange.sender().toString();
		return new X12AckWriter(Verdicts.of(interchange, List.of()), documents).advice(isa13(partner),
				next(partner, ControlNumbers.Kind.GROUP), st02(partner), now());
	}

	/**
	 * A TA1 alone: TA104 A with note 000, or R with the first envelope problem's TA105.
	 */
	public byte[] ta1(Interchange interchange, List<ParseProblem> problems) {
		requireStandard(interchange, "X12");
		return new X12AckWriter(Verdicts.of(interchange, problems)).ta1(isa13(interchange.sender().toString()), now());
	}

	private String isa13(String partner) {
		return "%09d".formatted(this.controlNumbers.next(partner, ControlNumbers.Kind.INTERCHANGE));
	}

	private String st02(String partner) {
		return "%04d".formatted(this.controlNumbers.next(partner, ControlNumbers.Kind.MESSAGE));
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
