package io.tradehub.format.edifact;

import io.tradehub.document.DocumentType;

/**
 * The EANCOM directories the hub writes, with each message's identifier (UNH S009).
 */
public enum EdifactVersion {

	/** EANCOM 1997, on the UN/EDIFACT D.96A directory. */
	D96A("96A", "EAN002", "EAN002", "EAN008", "EAN005", "EAN005"),

	/** EANCOM 2002, on the UN/EDIFACT D.01B directory. */
	D01B("01B", "EAN004", "EAN004", "EAN010", "EAN008", "EAN007");

	private final String release;

	private final String[] associationCodes;

	EdifactVersion(String release, String... associationCodes) {
		this.release = release;
		this.associationCodes = associationCodes;
	}

	/**
	 * The message identifier, as {@code ORDERS:D:96A:UN:EAN008}.
	 */
	String[] messageIdentifier(DocumentType type) {
		return new String[] { messageType(type), "D", this.release, "UN", this.associationCodes[type.ordinal()] };
	}

	static String messageType(DocumentType type) {
		return switch (type) {
			case ORDER_REQUEST -> "REQOTE";
			case ANSWER -> "QUOTES";
			case ORDER -> "ORDERS";
			case ORDER_RESPONSE -> "ORDRSP";
			case SHIPMENT_NOTICE -> "DESADV";
			case ACKNOWLEDGEMENT -> throw new IllegalArgumentException(
					"Acknowledgements are written as CONTRL or APERAK, not as an EANCOM business message");
		};
	}

}
