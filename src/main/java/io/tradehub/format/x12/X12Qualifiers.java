package io.tradehub.format.x12;

import java.util.LinkedHashMap;
import java.util.Map;

import io.tradehub.format.MappingCodes;
import io.tradehub.format.MappingFiles;
import org.jspecify.annotations.Nullable;

/**
 * The codes the X12 mapping writes and reads back (N1 entity identifiers, REF and DTM
 * qualifiers), from {@code mappings/x12/x12.properties} or a partner's own copy of it, so
 * a partner whose 850 names the buyer {@code N1*BT} is mapped without code.
 */
public final class X12Qualifiers {

	/** The file's name in {@code mappings/x12/}. */
	public static final String FILE = "x12.properties";

	/**
	 * The standard codes, the same as the shipped file (a test keeps them equal), for
	 * when the hub maps without a mappings folder.
	 */
	public static final X12Qualifiers STANDARD = new X12Qualifiers(standard());

	private final MappingCodes codes;

	private X12Qualifiers(Map<String, String> codes) {
		this.codes = new MappingCodes("the X12 mapping", codes);
	}

	/**
	 * The partner's codes if it has its own file, else the standard ones.
	 * @throws IllegalArgumentException naming the file and line of a key it does not know
	 * or a value that is not a code, or the keys it lacks
	 */
	public static X12Qualifiers load(MappingFiles files, @Nullable String partner) {
		return new X12Qualifiers(files.codes(partner, "x12", FILE, STANDARD.asMap(), "the X12 mapping"));
	}

	/**
	 * The code for one field of one transaction set, such as {@code 850}, {@code sender}.
	 */
	String of(String set, String field) {
		return this.codes.get(set + "." + field);
	}

	String shipTo() {
		return this.codes.get("shipTo");
	}

	Map<String, String> asMap() {
		return this.codes.values();
	}

	private static Map<String, String> standard() {
		Map<String, String> codes = new LinkedHashMap<>();
		party(codes, "840", "BY", "SE");
		party(codes, "843", "SE", "BY");
		party(codes, "850", "BY", "SE");
		party(codes, "855", "SE", "BY");
		party(codes, "856", "SF", "ST");
		codes.put("843.answers", "RQ");
		codes.put("850.answers", "PR");
		codes.put("840.answerBy", "036");
		codes.put("850.requestedDelivery", "002");
		codes.put("850.shipBy", "038");
		codes.put("856.shippedOn", "011");
		codes.put("shipTo", "ST");
		return codes;
	}

	private static void party(Map<String, String> codes, String set, String sender, String receiver) {
		codes.put(set + ".sender", sender);
		codes.put(set + ".receiver", receiver);
	}

}
