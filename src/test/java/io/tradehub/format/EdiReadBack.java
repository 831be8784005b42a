package io.tradehub.format;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;

/**
 * Reads a written interchange back with StAEDI's envelope validation on, so a test sees
 * every segment's data as a reader does and every error StAEDI reports.
 *
 * @param segments each segment as its tag followed by its element data, unescaped
 * @param errors each error as {@code ERROR_TYPE at TAG (element reference)}
 */
public record EdiReadBack(List<List<String>> segments, List<String> errors) {

	public static EdiReadBack of(byte[] interchange) {
		List<List<String>> segments = new ArrayList<>();
		List<String> errors = new ArrayList<>();
		EDIInputFactory factory = EDIInputFactory.newFactory();
		factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_STRUCTURE, true);
		try (EDIStreamReader reader = factory.createEDIStreamReader(new ByteArrayInputStream(interchange))) {
			List<String> current = null;
			while (reader.hasNext()) {
				EDIStreamEvent event = reader.next();
				if (event == EDIStreamEvent.START_SEGMENT) {
					current = new ArrayList<>(List.of(reader.getText()));
					segments.add(current);
				}
				else if (event == EDIStreamEvent.ELEMENT_DATA && current != null) {
					current.add(reader.getText());
				}
				else if (event.isError()) {
					errors.add(reader.getErrorType() + " at " + reader.getLocation().getSegmentTag() + " ("
							+ reader.getReferenceCode() + ")");
				}
			}
		}
		catch (EDIStreamException ex) {
			errors.add(ex.getMessage());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return new EdiReadBack(segments, errors);
	}

	/** The first segment with this tag. */
	public List<String> segment(String tag) {
		return this.segments.stream()
			.filter((segment) -> segment.get(0).equals(tag))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No " + tag + " segment"));
	}

}
