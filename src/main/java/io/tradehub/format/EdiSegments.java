package io.tradehub.format;

import java.util.Objects;

import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;
import io.xlate.edi.stream.EDIValidationException;
import org.jspecify.annotations.Nullable;

/**
 * Writes whole segments through StAEDI, which escapes and separates, and counts them for
 * the message trailer (UNT 0074, SE01).
 */
public final class EdiSegments {

	private final EDIStreamWriter writer;

	private int count;

	public EdiSegments(EDIStreamWriter writer) {
		this.writer = Objects.requireNonNull(writer, "writer");
	}

	/**
	 * Writes one segment; each element is a {@code String}, a {@code String[]} of
	 * components, or null for an empty one. Trailing empty elements are dropped by the
	 * factory's truncation.
	 */
	public EdiSegments segment(String tag, @Nullable Object... elements) {
		try {
			this.writer.writeStartSegment(tag);
			for (Object element : elements) {
				if (element instanceof String[] components) {
					this.writer.writeStartElement();
					for (String component : components) {
						if (component == null) {
							this.writer.writeEmptyComponent();
						}
						else {
							this.writer.writeComponent(component);
						}
					}
					this.writer.endElement();
				}
				else if (element == null) {
					this.writer.writeEmptyElement();
				}
				else {
					this.writer.writeElement(element.toString());
				}
			}
			this.writer.writeEndSegment();
			this.count++;
			return this;
		}
		catch (EDIStreamException | EDIValidationException | IllegalArgumentException ex) {
			throw new IllegalArgumentException("Segment " + tag + " cannot be written: " + ex.getMessage(), ex);
		}
	}

	/** Segments written since the last reset, the message header included. */
	public int count() {
		return this.count;
	}

	public void resetCount() {
		this.count = 0;
	}

	public EDIStreamWriter writer() {
		return this.writer;
	}

}
