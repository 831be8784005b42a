package io.tradehub.format.xml;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.api.WstxOutputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import com.ctc.wstx.stax.WstxOutputFactory;

/**
 * The StAX factories of canonical XML: Woodstox, named by class and hardened against
 * DTDs, external entities and oversized input.
 */
final class XmlFactories {

	/** Far above any real document, far below what exhausts a 256 MB heap. */
	static final int MAX_TEXT_LENGTH = 1_000_000;

	static final long MAX_CHARACTERS = 50_000_000L;

	static final int MAX_ELEMENT_DEPTH = 50;

	static final long MAX_ELEMENT_COUNT = 2_000_000L;

	private XmlFactories() {
	}

	/**
	 * A new hardened input factory. The class is named, not looked up with
	 * {@code XMLInputFactory.newInstance()}: Smooks and Daffodil register their own StAX
	 * implementations through the service loader and the {@code javax.xml.stream.*}
	 * system properties, and the hardening below is only proven for Woodstox.
	 */
	static XMLInputFactory input() {
		WstxInputFactory factory = new WstxInputFactory();
		// No DTD is ever read, so no external subset, no entity declarations, no XXE.
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		// An entity reference surfaces as an event, which StrictXmlReader refuses.
		factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		// Belt and braces: should a DTD ever be read, resolving anything fails.
		factory.setXMLResolver(XmlFactories::refuseResolving);
		factory.setProperty(WstxInputProperties.P_DTD_RESOLVER,
				(javax.xml.stream.XMLResolver) XmlFactories::refuseResolving);
		factory.setProperty(WstxInputProperties.P_ENTITY_RESOLVER,
				(javax.xml.stream.XMLResolver) XmlFactories::refuseResolving);
		factory.setProperty(WstxInputProperties.P_UNDECLARED_ENTITY_RESOLVER,
				(javax.xml.stream.XMLResolver) XmlFactories::refuseResolving);
		// Entity expansion is off with DTDs off; the limits keep it bounded if that
		// changes.
		factory.setProperty(WstxInputProperties.P_MAX_ENTITY_COUNT, 1);
		factory.setProperty(WstxInputProperties.P_MAX_ENTITY_DEPTH, 1);
		factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, 4096);
		factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, 32);
		factory.setProperty(WstxInputProperties.P_MAX_CHILDREN_PER_ELEMENT, 100_000);
		factory.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, MAX_ELEMENT_DEPTH);
		factory.setProperty(WstxInputProperties.P_MAX_ELEMENT_COUNT, MAX_ELEMENT_COUNT);
		factory.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, MAX_TEXT_LENGTH);
		factory.setProperty(WstxInputProperties.P_MAX_CHARACTERS, MAX_CHARACTERS);
		return factory;
	}

	/**
	 * A new output factory, named by class for the same reason as {@link #input()}; it
	 * checks what it writes so a document never leaves as broken XML.
	 */
	static XMLOutputFactory output() {
		WstxOutputFactory factory = new WstxOutputFactory();
		factory.setProperty(WstxOutputProperties.P_OUTPUT_VALIDATE_STRUCTURE, true);
		factory.setProperty(WstxOutputProperties.P_OUTPUT_VALIDATE_CONTENT, true);
		// A carriage return in a note must come back as one, not as a line feed.
		factory.setProperty(WstxOutputProperties.P_OUTPUT_ESCAPE_CR, true);
		return factory;
	}

	private static Object refuseResolving(String publicId, String systemId, String baseUri, String namespace)
			throws XMLStreamException {
		throw new XMLStreamException("External entities and DTDs are not allowed");
	}

}
