package io.tradehub.format.xml;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

import org.codehaus.stax2.XMLStreamReader2;
import org.codehaus.stax2.util.StreamReader2Delegate;

/**
 * A StAX reader that refuses a DOCTYPE and any entity reference the moment it meets one,
 * so neither reaches the data binding, which would otherwise skip them silently.
 */
final class StrictXmlReader extends StreamReader2Delegate {

	StrictXmlReader(XMLStreamReader2 reader) throws XMLStreamException {
		super(reader);
		refuse(reader.getEventType());
	}

	@Override
	public int next() throws XMLStreamException {
		return refuse(super.next());
	}

	@Override
	public int nextTag() throws XMLStreamException {
		return refuse(super.nextTag());
	}

	/** Moves to the root element, refusing a DOCTYPE on the way, and names it. */
	String rootElement() throws XMLStreamException {
		while (getEventType() != XMLStreamConstants.START_ELEMENT) {
			next();
		}
		return getLocalName();
	}

	private int refuse(int event) throws XMLStreamException {
		if (event == XMLStreamConstants.DTD) {
			throw new XMLStreamException("A DOCTYPE is not allowed in canonical XML", getLocation());
		}
		if (event == XMLStreamConstants.ENTITY_REFERENCE) {
			throw new XMLStreamException(
					"The entity reference &" + getLocalName()
							+ "; is not allowed; only &lt; &gt; &amp; &quot; &apos; and character references are",
					getLocation());
		}
		return event;
	}

}
