package io.tradehub.format.ack;

import java.util.Map;

/**
 * What the acknowledgement standards' codes mean, for the message of each problem an
 * acknowledgement read reports; an unlisted code is named by its number.
 */
final class CodeNames {

	/** ISO 9735 0085, syntax error, coded. */
	static final Map<String, String> SYNTAX_ERROR = Map.ofEntries(Map.entry("2", "syntax version not supported"),
			Map.entry("7", "not the actual recipient"), Map.entry("12", "invalid value"), Map.entry("13", "missing"),
			Map.entry("14", "value not supported in this position"), Map.entry("15", "not supported in this position"),
			Map.entry("16", "too many constituents"), Map.entry("17", "no agreement"),
			Map.entry("18", "unspecified error"), Map.entry("21", "invalid characters"),
			Map.entry("22", "invalid service characters"), Map.entry("23", "unknown interchange sender"),
			Map.entry("25", "test indicator not supported"), Map.entry("26", "duplicate detected"),
			Map.entry("28", "references do not match"),
			Map.entry("29", "control count does not match the number of instances received"),
			Map.entry("32", "lower level empty"), Map.entry("35", "too many repetitions"),
			Map.entry("36", "too many segment group repetitions"), Map.entry("37", "invalid type of characters"),
			Map.entry("39", "data element too long"), Map.entry("40", "data element too short"));

	/** AK304 / IK304, segment syntax error. */
	static final Map<String, String> SEGMENT_ERROR = Map.of("1", "unrecognized segment ID", "2", "unexpected segment",
			"3", "mandatory segment missing", "4", "loop occurs over maximum times", "5", "segment exceeds maximum use",
			"6", "segment not in defined transaction set", "7", "segment not in proper sequence", "8",
			"segment has data element errors");

	/** AK403 / IK403, data element syntax error. */
	static final Map<String, String> ELEMENT_ERROR = Map.ofEntries(Map.entry("1", "mandatory data element missing"),
			Map.entry("2", "conditional required data element missing"), Map.entry("3", "too many data elements"),
			Map.entry("4", "data element too short"), Map.entry("5", "data element too long"),
			Map.entry("6", "invalid character in data element"), Map.entry("7", "invalid code value"),
			Map.entry("8", "invalid date"), Map.entry("9", "invalid time"),
			Map.entry("10", "exclusion condition violated"), Map.entry("12", "too many repetitions"),
			Map.entry("13", "too many components"));

	/** AK502 / IK502, transaction set syntax error. */
	static final Map<String, String> SET_ERROR = Map.of("1", "transaction set not supported", "2",
			"transaction set trailer missing", "3", "control numbers in ST and SE do not match", "4",
			"number of included segments does not match actual count", "5", "one or more segments in error", "6",
			"missing or invalid transaction set identifier", "7", "missing or invalid transaction set control number",
			"23", "transaction set control number not unique within the functional group");

	/** AK905, functional group syntax error. */
	static final Map<String, String> GROUP_ERROR = Map.of("1", "functional group not supported", "2",
			"functional group version not supported", "3", "functional group trailer missing", "4",
			"group control numbers in GS and GE do not agree", "5",
			"number of included transaction sets does not match actual count", "6",
			"group control number violates syntax", "19",
			"functional group control number not unique within interchange");

	/** TA105, interchange note code. */
	static final Map<String, String> INTERCHANGE_NOTE = Map.ofEntries(Map.entry("000", "no error"),
			Map.entry("001", "control numbers in ISA and IEA do not match"),
			Map.entry("005", "invalid interchange ID qualifier for sender"),
			Map.entry("006", "invalid interchange sender ID"),
			Map.entry("007", "invalid interchange ID qualifier for receiver"),
			Map.entry("008", "invalid interchange receiver ID"), Map.entry("014", "invalid interchange date value"),
			Map.entry("015", "invalid interchange time value"),
			Map.entry("016", "invalid interchange standards identifier value"),
			Map.entry("017", "invalid interchange version ID value"),
			Map.entry("018", "invalid interchange control number value"),
			Map.entry("020", "invalid test indicator value"),
			Map.entry("021", "invalid number of included groups value"), Map.entry("022", "invalid control structure"),
			Map.entry("023", "improper (premature) end-of-file"), Map.entry("024", "invalid interchange content"),
			Map.entry("025", "duplicate interchange control number"),
			Map.entry("027", "invalid component element separator"));

	private CodeNames() {
	}

	static String name(Map<String, String> codes, String list, String code) {
		return list + " " + code + ": " + codes.getOrDefault(code, "code " + code);
	}

}
