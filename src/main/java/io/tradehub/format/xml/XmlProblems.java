package io.tradehub.format.xml;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

/**
 * Turns whatever went wrong reading XML into an {@link XmlProblem}: the position, and
 * what is wrong in the document's terms rather than the parser's or the Java model's.
 */
final class XmlProblems {

	private XmlProblems() {
	}

	/** The problem of a failed read, its paths starting at the root element if known. */
	static XmlProblem of(Exception ex, String root) {
		XMLStreamException syntax = syntaxCause(ex);
		if (syntax != null) {
			return at(syntax.getLocation(), cleaned(syntax.getMessage()));
		}
		if (ex instanceof JsonMappingException mapping) {
			return at(mapping.getLocation(), described(mapping, root));
		}
		if (ex instanceof JsonProcessingException processing) {
			return at(processing.getLocation(), firstLine(processing.getOriginalMessage()));
		}
		return new XmlProblem(0, 0, "Unreadable XML: " + firstLine(String.valueOf(ex.getMessage())));
	}

	static XmlProblem at(Location location, String message) {
		return (location != null) ? new XmlProblem(location.getLineNumber(), location.getColumnNumber(), message)
				: new XmlProblem(0, 0, message);
	}

	private static XmlProblem at(JsonLocation location, String message) {
		return (location != null) ? new XmlProblem(location.getLineNr(), location.getColumnNr(), message)
				: new XmlProblem(0, 0, message);
	}

	private static String described(JsonMappingException ex, String root) {
		String path = path(root, ex.getPath());
		if (ex instanceof UnrecognizedPropertyException unknown) {
			String parent = path(root, ex.getPath().subList(0, ex.getPath().size() - 1));
			return "Unknown element <" + unknown.getPropertyName() + ">" + (parent.isEmpty() ? "" : " in " + parent);
		}
		if (ex instanceof ValueInstantiationException && ex.getCause() instanceof NullPointerException missing) {
			return "The required element <" + missing.getMessage() + "> is missing" + in(path);
		}
		if (ex instanceof ValueInstantiationException && ex.getCause() != null) {
			return ex.getCause().getMessage() + in(path);
		}
		if (ex instanceof InvalidFormatException invalid) {
			return "'" + abbreviated(String.valueOf(invalid.getValue())) + "' is not a valid "
					+ invalid.getTargetType().getSimpleName() + in(path);
		}
		return firstLine(ex.getOriginalMessage()) + in(path);
	}

	private static String in(String path) {
		return path.isEmpty() ? "" : " (at " + path + ")";
	}

	private static String path(String root, List<JsonMappingException.Reference> references) {
		return Stream
			.concat(Stream.of(root).filter((name) -> !name.isEmpty()),
					references.stream()
						.map(reference -> (reference.getFieldName() != null) ? reference.getFieldName()
								: "[" + (reference.getIndex() + 1) + "]"))
			.collect(Collectors.joining("/"))
			.replace("/[", "[");
	}

	private static XMLStreamException syntaxCause(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof XMLStreamException syntax) {
				return syntax;
			}
		}
		return null;
	}

	/** StAX puts the position into the message as well; the problem carries it apart. */
	private static String cleaned(String message) {
		String cleaned = String.valueOf(message)
			.replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message: ", "")
			.replaceFirst("(?s)\\s*at \\[row,col[^\\]]*\\]: \\[\\d+,\\d+\\]\\s*$", "");
		return firstLine(cleaned);
	}

	private static String firstLine(String message) {
		int end = message.indexOf('\n');
		return (end < 0) ? message : message.substring(0, end);
	}

	private static String abbreviated(String value) {
		return (value.length() <= 40) ? value : value.substring(0, 40) + "...";
	}

}
