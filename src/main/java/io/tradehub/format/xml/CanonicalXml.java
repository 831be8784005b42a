package io.tradehub.format.xml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.tradehub.document.CanonicalDocument;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * The canonical documents' XML form, read and written with the JSON form's model and
 * names: the root element names the type, lists are wrapped, no DTD or entity is ever
 * read, and a refused document comes back as a positioned {@link XmlProblem}.
 */
public final class CanonicalXml {

	private static final XMLInputFactory INPUT = XmlFactories.input();

	private static final XMLOutputFactory OUTPUT = XmlFactories.output();

	private static final XmlMapper WRITER = mapper(true);

	private static final XmlMapper READER = mapper(false);

	private CanonicalXml() {
	}

	public static String write(CanonicalDocument document) {
		try {
			return WRITER.writerFor(document.getClass())
				.withRootName(DocumentElements.of(document.type()).element())
				.writeValueAsString(document);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("A canonical document always has an XML form", ex);
		}
	}

	public static XmlResult read(String xml) {
		return read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
	}

	/**
	 * Reads one document from bytes in the encoding its XML declaration names (UTF-8
	 * without one); never throws, whatever the input.
	 */
	public static XmlResult read(InputStream xml) {
		StrictXmlReader reader = null;
		String root = "";
		try {
			reader = new StrictXmlReader((XMLStreamReader2) INPUT.createXMLStreamReader(xml));
			root = reader.rootElement();
			Optional<DocumentElements> element = DocumentElements.forElement(root);
			if (element.isEmpty()) {
				return new XmlResult.Refused(XmlProblems.at(reader.getLocation(),
						"Unknown document <" + root + ">; canonical XML has " + DocumentElements.known()));
			}
			CanonicalDocument document = READER.readValue(reader, element.get().type());
			// Whatever follows the root element must still be well formed (comments
			// only).
			while (reader.hasNext()) {
				reader.next();
			}
			return new XmlResult.Read(document);
		}
		catch (IOException | XMLStreamException | RuntimeException ex) {
			return new XmlResult.Refused(XmlProblems.of(ex, root));
		}
		finally {
			close(reader);
		}
	}

	/** The input factory, exposed so a test can prove which implementation it is. */
	static XMLInputFactory inputFactory() {
		return INPUT;
	}

	static XMLOutputFactory outputFactory() {
		return OUTPUT;
	}

	private static XmlMapper mapper(boolean writing) {
		XmlMapper mapper = XmlMapper.builder(new XmlFactory(INPUT, OUTPUT))
			.addModule(new JavaTimeModule())
			.addModule(new CanonicalXmlModule(writing))
			.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
			.enable(SerializationFeature.INDENT_OUTPUT)
			.enable(ToXmlGenerator.Feature.WRITE_XML_DECLARATION)
			.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
			.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.serializationInclusion(JsonInclude.Include.NON_NULL)
			.build();
		// An empty list is left out, as an empty wrapper would read back as text.
		mapper.configOverride(List.class).setInclude(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, null));
		return mapper;
	}

	private static void close(StrictXmlReader reader) {
		if (reader != null) {
			try {
				reader.close();
			}
			catch (XMLStreamException ex) {
				// Nothing is left to release that the stream's owner does not close.
			}
		}
	}

}
