package io.tradehub.format.x12;

import java.util.Objects;

/**
 * How one receiver wants its X12 interchanges: the identities in ISA and GS, the version
 * and the separators.
 *
 * @param sender our identity as {@code qualifier:id} ({@code ZZ:TRADEHUB},
 * {@code 01:123456789})
 * @param receiver the partner's identity, also the key of its control numbers
 * @param component the component separator, written in ISA16
 * @param lineBreaks whether a line break follows each segment terminator
 * @param qualifiers the codes the partner's sets use ({@code mappings/x12/x12.properties}
 * or the partner's copy)
 */
public record X12Settings(String sender, String receiver, X12Version version, char element, char component,
		char segment, boolean test, boolean lineBreaks, X12Qualifiers qualifiers) {

	public X12Settings {
		Objects.requireNonNull(sender, "sender");
		Objects.requireNonNull(receiver, "receiver");
		Objects.requireNonNull(version, "version");
		Objects.requireNonNull(qualifiers, "qualifiers");
		identity(sender);
		identity(receiver);
	}

	/** 004010 with {@code * > ~}, one segment per line, production. */
	public static X12Settings of(String sender, String receiver) {
		return new X12Settings(sender, receiver, X12Version.V4010, '*', '>', '~', false, true, X12Qualifiers.STANDARD);
	}

	public X12Settings withVersion(X12Version version) {
		return new X12Settings(this.sender, this.receiver, version, this.element, this.component, this.segment,
				this.test, this.lineBreaks, this.qualifiers);
	}

	public X12Settings withQualifiers(X12Qualifiers qualifiers) {
		return new X12Settings(this.sender, this.receiver, this.version, this.element, this.component, this.segment,
				this.test, this.lineBreaks, qualifiers);
	}

	/**
	 * The ISA qualifier (2 characters) and id (up to 15); a GLN goes out as mutually
	 * defined (ZZ), ISA having no GLN qualifier; a DUNS number as 01; an identity without
	 * qualifier (a customer number from a CSV file) is mutually defined, as the hub reads
	 * it.
	 */
	static String[] identity(String identity) {
		int colon = identity.indexOf(':');
		String qualifier = (colon > 0) ? identity.substring(0, colon) : "";
		String id = identity.substring(colon + 1);
		if (qualifier.isEmpty() || "GLN".equalsIgnoreCase(qualifier) || "14".equals(qualifier) && id.length() == 13) {
			qualifier = "ZZ";
		}
		else if ("DUNS".equalsIgnoreCase(qualifier)) {
			qualifier = "01";
		}
		if (qualifier.length() != 2 || id.isEmpty() || id.length() > 15) {
			throw new IllegalArgumentException(
					"An X12 identity is a 2-character qualifier and an id of up to 15, as ZZ:ACME; not " + identity);
		}
		return new String[] { qualifier, id };
	}

}
