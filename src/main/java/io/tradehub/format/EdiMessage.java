package io.tradehub.format;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * One message (EDIFACT UNH..UNT) or transaction set (X12 ST..SE), or an X12 TA1
 * interchange acknowledgement, with its segments including header and trailer.
 *
 * @param standard {@code EDIFACT} or {@code X12}
 * @param type the message type or transaction set code, for example {@code ORDERS},
 * {@code 850} or {@code TA1}
 * @param version EDIFACT UNH02-2 (for example {@code D}) or the X12 version: GS08, or
 * ST03 without a group (for example {@code 004010})
 * @param release EDIFACT UNH02-3 (for example {@code 96A}), empty for X12
 * @param agency EDIFACT controlling agency (UNH02-4, {@code UN}), empty for X12
 * @param association EDIFACT association assigned code (UNH02-5, for example
 * {@code EAN008}), empty when absent
 * @param controlReference UNH01 or ST02
 * @param group the functional group it came in, or null when it came without one
 * @param segments its segments in order
 */
public record EdiMessage(String standard, String type, String version, String release, String agency,
		String association, String controlReference, @Nullable EdiGroup group, List<EdiSegment> segments) {

	public EdiMessage {
		segments = List.copyOf(segments);
	}

	/**
	 * The type as one the hub trades, or empty for a type it reads but does not trade.
	 */
	public Optional<TradedType> tradedType() {
		return TradedType.of(this.standard, this.type);
	}

	/**
	 * A problem naming the type when the hub does not trade it, positioned at the message
	 * header, so a later step can refuse the message by name.
	 */
	public Optional<ParseProblem> unsupportedType() {
		if (tradedType().isPresent()) {
			return Optional.empty();
		}
		EdiSegment header = this.segments.get(0);
		String name = (this.standard + " " + this.type + " " + (this.version + this.release)).strip();
		return Optional.of(new ParseProblem(ParseProblem.Kind.UNSUPPORTED_TYPE, header.tag(), header.position(),
				header.line(), null, name + " is not a message type the hub trades"));
	}

}
