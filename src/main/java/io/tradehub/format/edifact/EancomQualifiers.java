package io.tradehub.format.edifact;

import java.util.LinkedHashMap;
import java.util.Map;

import io.tradehub.format.MappingCodes;
import io.tradehub.format.MappingFiles;
import org.jspecify.annotations.Nullable;

/**
 * The qualifier codes the EANCOM mapping writes and reads back (party functions,
 * quantity, date and reference qualifiers, the price and text qualifiers), from
 * {@code mappings/edifact/eancom.properties} or a partner's own copy of it, so a partner
 * whose messages say {@code QTY+47} for the ordered quantity is mapped without code.
 */
public final class EancomQualifiers {

	/** The file's name in {@code mappings/edifact/}. */
	public static final String FILE = "eancom.properties";

	/**
	 * The standard codes, the same as the shipped file (a test keeps them equal), for
	 * when the hub maps without a mappings folder.
	 */
	public static final EancomQualifiers STANDARD = new EancomQualifiers(standard());

	private final MappingCodes codes;

	private EancomQualifiers(Map<String, String> codes) {
		this.codes = new MappingCodes("the EANCOM mapping", codes);
	}

	/**
	 * The partner's qualifiers if it has its own file, else the standard ones.
	 * @throws IllegalArgumentException naming the file and line of a key it does not
	 * know, a code that is not one, or a key it lacks
	 */
	public static EancomQualifiers load(MappingFiles files, @Nullable String partner) {
		return new EancomQualifiers(files.codes(partner, "edifact", FILE, STANDARD.asMap(), "the EANCOM mapping"));
	}

	/**
	 * The code for one field of one message, such as {@code ORDERS}, {@code quantity}.
	 */
	String of(String message, String field) {
		return this.codes.get(message + "." + field);
	}

	String price() {
		return this.codes.get("price");
	}

	String text() {
		return this.codes.get("text");
	}

	String shipTo() {
		return this.codes.get("shipTo");
	}

	Map<String, String> asMap() {
		return this.codes.values();
	}

	private static Map<String, String> standard() {
		Map<String, String> codes = new LinkedHashMap<>();
		party(codes, "REQOTE", "BY", "SU");
		party(codes, "QUOTES", "SU", "BY");
		party(codes, "ORDERS", "BY", "SU");
		party(codes, "ORDRSP", "SU", "BY");
		party(codes, "DESADV", "SU", "BY");
		codes.put("QUOTES.answers", "AHU");
		codes.put("ORDERS.answers", "PR");
		codes.put("ORDRSP.answers", "ON");
		codes.put("DESADV.answers", "ON");
		codes.put("REQOTE.quantity", "21");
		codes.put("QUOTES.available", "113");
		codes.put("QUOTES.backOrder", "83");
		codes.put("ORDERS.quantity", "21");
		codes.put("ORDRSP.quantity", "113");
		codes.put("DESADV.shipped", "12");
		codes.put("REQOTE.answerBy", "36");
		codes.put("QUOTES.availableOn", "44");
		codes.put("ORDERS.requestedDelivery", "2");
		codes.put("ORDERS.shipBy", "38");
		codes.put("ORDRSP.deliveryDate", "69");
		codes.put("DESADV.shippedOn", "11");
		codes.put("price", "AAA");
		codes.put("text", "AAI");
		codes.put("shipTo", "DP");
		return codes;
	}

	private static void party(Map<String, String> codes, String message, String sender, String receiver) {
		codes.put(message + ".sender", sender);
		codes.put(message + ".receiver", receiver);
	}

}
