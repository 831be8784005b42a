package io.tradehub.document;

import org.jspecify.annotations.Nullable;

/**
 * Where goods go (ship-to) as a document states it; the country is ISO 3166 alpha-2.
 */
public record Address(@Nullable String name, @Nullable String street, @Nullable String postalCode,
		@Nullable String city, @Nullable String country, @Nullable String identity) {
}
