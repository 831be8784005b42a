package io.tradehub.format.xml;

import io.tradehub.document.CanonicalDocument;

/**
 * The outcome of reading one XML document: the canonical document, or the problem that
 * made it refused; reading never throws.
 */
public sealed interface XmlResult permits XmlResult.Read, XmlResult.Refused {

	/** The document was well formed and valid. */
	record Read(CanonicalDocument document) implements XmlResult {
	}

	/** The document was refused, for the reason and at the position given. */
	record Refused(XmlProblem problem) implements XmlResult {
	}

}
