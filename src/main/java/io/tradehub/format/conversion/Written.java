package io.tradehub.format.conversion;

import java.nio.charset.Charset;

/**
 * A document as written for its receiver.
 *
 * @param fileName a name for the file, from the document's type and number, safe on any
 * file system
 * @param bytes the file
 * @param mediaType its media type, for HTTP and mail
 * @param charset the character set its text is in
 */
public record Written(String fileName, byte[] bytes, String mediaType, Charset charset) {

	/** The file as its receiver reads it. */
	public String text() {
		return new String(this.bytes, this.charset);
	}

}
