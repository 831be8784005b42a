package io.tradehub.pipeline;

/**
 * The media type an acknowledgement is sent with, from the format it is written in.
 */
final class AckMediaTypes {

	private AckMediaTypes() {
	}

	/**
	 * @param format the output's format ({@code EDIFACT}, {@code X12}, {@code JSON} ...)
	 */
	static String of(String format) {
		String standard = format.split(" ")[0];
		return switch (standard) {
			case "JSON" -> "application/json";
			case "EDIFACT" -> "application/EDIFACT";
			case "X12" -> "application/EDI-X12";
			default -> "application/octet-stream";
		};
	}

}
