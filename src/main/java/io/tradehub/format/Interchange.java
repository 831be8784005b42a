package io.tradehub.format;

import java.util.List;

/**
 * One interchange (EDIFACT UNB..UNZ, X12 ISA..IEA) split into its messages.
 *
 * @param standard {@code EDIFACT} or {@code X12}
 * @param sender the interchange sender (UNB02, ISA05/ISA06)
 * @param receiver the interchange recipient (UNB03, ISA07/ISA08)
 * @param controlReference UNB05 or ISA13
 * @param syntaxIdentifier the character set UNB01-1 (for example {@code UNOC}); for X12
 * the ISA11 repetition separator or standards identifier as sent
 * @param syntaxVersion UNB01-2 (1 to 4) or ISA12 (for example {@code 00401})
 * @param date UNB04-1 or ISA09 as sent, which a TA1 repeats
 * @param time UNB04-2 or ISA10 as sent
 * @param test whether the sender marked it as a test (UNB11 = 1, ISA15 = T)
 * @param delimiters the separators it was written with
 * @param messages its messages and transaction sets in order, including those in groups
 */
public record Interchange(String standard, Party sender, Party receiver, String controlReference,
		String syntaxIdentifier, String syntaxVersion, String date, String time, boolean test, Delimiters delimiters,
		List<EdiMessage> messages) {

	public Interchange {
		messages = List.copyOf(messages);
	}

}
