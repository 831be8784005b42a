package io.tradehub.format;

/**
 * Maps one message of an interchange to its canonical document, one implementation per
 * standard; bad content comes back as problems, never as an exception.
 */
public interface MessageMapper {

	/**
	 * @param interchange the interchange the message came in, for its identities and
	 * control reference
	 * @param message the message with its segments from header to trailer
	 */
	MappedMessage map(Interchange interchange, EdiMessage message);

}
