package io.tradehub.format.ack;

import io.tradehub.format.Delimiters;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIOutputFactory;

/**
 * StAEDI output factories that write with the separators the answered interchange was
 * written with, so the partner reads its acknowledgement as it reads its own files.
 */
final class AckOutput {

	private AckOutput() {
	}

	static EDIOutputFactory edifact(Delimiters delimiters) {
		EDIOutputFactory factory = common(delimiters);
		factory.setProperty(io.xlate.edi.stream.EDIStreamConstants.Delimiters.DECIMAL, '.');
		factory.setProperty(io.xlate.edi.stream.EDIStreamConstants.Delimiters.RELEASE,
				(delimiters.release() != null) ? delimiters.release() : '?');
		factory.setProperty(io.xlate.edi.stream.EDIStreamConstants.Delimiters.REPETITION,
				(delimiters.repetition() != null) ? delimiters.repetition() : ' ');
		return factory;
	}

	static EDIOutputFactory x12(Delimiters delimiters) {
		EDIOutputFactory factory = common(delimiters);
		if (delimiters.repetition() != null) {
			factory.setProperty(io.xlate.edi.stream.EDIStreamConstants.Delimiters.REPETITION, delimiters.repetition());
		}
		return factory;
	}

	private static EDIOutputFactory common(Delimiters delimiters) {
		EDIOutputFactory factory = EDIOutputFactory.newFactory();
		factory.setProperty(io.xlate.edi.stream.EDIStreamConstants.Delimiters.SEGMENT, delimiters.segment());
		factory.setProperty(io.xlate.edi.stream.EDIStreamConstants.Delimiters.DATA_ELEMENT, delimiters.element());
		factory.setProperty(io.xlate.edi.stream.EDIStreamConstants.Delimiters.COMPONENT_ELEMENT,
				delimiters.component());
		factory.setProperty(EDIOutputFactory.TRUNCATE_EMPTY_ELEMENTS, true);
		// A line break after each terminator, unless the terminator is the line break.
		factory.setProperty(EDIOutputFactory.PRETTY_PRINT,
				delimiters.segment() != '\n' && delimiters.segment() != '\r');
		// The answer repeats the partner's own identities and codes (UNB qualifier ZZ,
		// ISA12 00403); whatever the reader let through is written back unchanged.
		if (factory.isPropertySupported(EDIInputFactory.EDI_VALIDATE_CONTROL_CODE_VALUES)) {
			factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_CODE_VALUES, false);
		}
		return factory;
	}

}
