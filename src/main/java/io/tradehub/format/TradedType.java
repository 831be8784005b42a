package io.tradehub.format;

import java.util.Arrays;
import java.util.Optional;

/**
 * The message types the hub trades (DESIGN §3), by standard and the code the envelope
 * carries. Every other recognised type is read but refused by name.
 */
public enum TradedType {

	/** EDIFACT request for quote: an order request. */
	REQOTE("EDIFACT", "REQOTE"),

	/** EDIFACT quote: an answer. */
	QUOTES("EDIFACT", "QUOTES"),

	/** EDIFACT purchase order. */
	ORDERS("EDIFACT", "ORDERS"),

	/** EDIFACT order response (also used as an answer). */
	ORDRSP("EDIFACT", "ORDRSP"),

	/** EDIFACT despatch advice: a shipment notice. */
	DESADV("EDIFACT", "DESADV"),

	/** EDIFACT syntax and service report (acknowledgement). */
	CONTRL("EDIFACT", "CONTRL"),

	/** EDIFACT application error and acknowledgement. */
	APERAK("EDIFACT", "APERAK"),

	/** X12 840 request for quotation. */
	X12_840("X12", "840"),

	/** X12 843 response to request for quotation. */
	X12_843("X12", "843"),

	/** X12 850 purchase order. */
	X12_850("X12", "850"),

	/** X12 855 purchase order acknowledgement. */
	X12_855("X12", "855"),

	/** X12 856 ship notice/manifest. */
	X12_856("X12", "856"),

	/** X12 997 functional acknowledgement. */
	X12_997("X12", "997"),

	/** X12 999 implementation acknowledgement. */
	X12_999("X12", "999"),

	/** X12 TA1 interchange acknowledgement. */
	X12_TA1("X12", "TA1");

	private final String standard;

	private final String code;

	TradedType(String standard, String code) {
		this.standard = standard;
		this.code = code;
	}

	/** The standard: {@code EDIFACT} or {@code X12}. */
	public String standard() {
		return this.standard;
	}

	/** The code in the envelope: UNH02-1, ST01, or {@code TA1}. */
	public String code() {
		return this.code;
	}

	static Optional<TradedType> of(String standard, String code) {
		return Arrays.stream(values()).filter((t) -> t.standard.equals(standard) && t.code.equals(code)).findFirst();
	}

}
