package io.tradehub.document;

/**
 * The kinds of business document the hub trades (DESIGN §3).
 */
public enum DocumentType {

	/**
	 * A customer asks for goods and an answer by a deadline (EDIFACT REQOTE, X12 840).
	 */
	ORDER_REQUEST,

	/** The supplier's answer, line by line (QUOTES, 843). */
	ANSWER,

	/** A customer's order (ORDERS, 850). */
	ORDER,

	/** The supplier accepts, rejects or changes an order's lines (ORDRSP, 855). */
	ORDER_RESPONSE,

	/** Goods have left: what, how many and how (DESADV, 856). */
	SHIPMENT_NOTICE,

	/** A syntax or application acceptance or rejection (CONTRL, APERAK, 997, 999). */
	ACKNOWLEDGEMENT

}
