package io.tradehub.format;

import java.util.ArrayList;
import java.util.List;

/**
 * The interchange being read: its header fields, read from UNB or ISA, and the messages
 * read so far.
 */
final class Envelope {

	final String standard;

	final String controlReference;

	final List<EdiMessage> messages = new ArrayList<>();

	int messageCount;

	private final Party sender;

	private final Party receiver;

	private final String syntaxIdentifier;

	private final String syntaxVersion;

	private final String date;

	private final String time;

	private final boolean test;

	private final Delimiters delimiters;

	private Envelope(String standard, Party sender, Party receiver, String controlReference, String syntaxIdentifier,
			String syntaxVersion, String date, String time, boolean test, Delimiters delimiters) {
		this.standard = standard;
		this.sender = sender;
		this.receiver = receiver;
		this.controlReference = controlReference;
		this.syntaxIdentifier = syntaxIdentifier;
		this.syntaxVersion = syntaxVersion;
		this.date = date;
		this.time = time;
		this.test = test;
		this.delimiters = delimiters;
	}

	static Envelope of(EdiSegment header, Delimiters delimiters) {
		if (header.tag().equals("UNB")) {
			return new Envelope("EDIFACT", Envelopes.party(header, 2), Envelopes.party(header, 3), header.value(5),
					header.component(1, 1), header.component(1, 2), header.component(4, 1), header.component(4, 2),
					header.value(11).equals("1"), delimiters);
		}
		// X12 pads ISA fields to fixed widths; the padding is not part of the identity
		return new Envelope("X12", new Party(header.value(6).strip(), header.value(5).strip()),
				new Party(header.value(8).strip(), header.value(7).strip()), header.value(13).strip(),
				header.value(11).strip(), header.value(12).strip(), header.value(9).strip(), header.value(10).strip(),
				header.value(15).strip().equals("T"), delimiters);
	}

	/**
	 * The interchange without its messages, for a listener that takes them one by one.
	 */
	Interchange header() {
		return new Interchange(this.standard, this.sender, this.receiver, this.controlReference, this.syntaxIdentifier,
				this.syntaxVersion, this.date, this.time, this.test, this.delimiters, List.of());
	}

	Interchange build() {
		return new Interchange(this.standard, this.sender, this.receiver, this.controlReference, this.syntaxIdentifier,
				this.syntaxVersion, this.date, this.time, this.test, this.delimiters, this.messages);
	}

}
