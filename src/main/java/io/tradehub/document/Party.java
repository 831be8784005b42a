package io.tradehub.document;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A sender or receiver as a document names it: by the hub's company id once identified,
 * and by the identity and name the partner's file carried.
 *
 * @param companyId the hub's company, known once the rules stage has identified it
 * @param identity the interchange or document identity as {@code qualifier:id} (for
 * example {@code 14:4012345000009} or {@code GLN:4012345000009})
 * @param name the name as written in the document
 */
public record Party(@Nullable UUID companyId, @Nullable String identity, @Nullable String name) {

	public static Party identifiedAs(String identity) {
		return new Party(null, identity, null);
	}

	public static Party company(UUID companyId) {
		return new Party(companyId, null, null);
	}

}
