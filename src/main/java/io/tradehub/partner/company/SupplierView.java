package io.tradehub.partner.company;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A supplier as the hub's directory shows it to customers looking for a partner.
 */
public record SupplierView(UUID id, String name, @Nullable String city, @Nullable String country) {

	static SupplierView of(Company company) {
		return new SupplierView(company.id(), company.name(),
				company.address() == null ? null : company.address().city(),
				company.address() == null ? null : company.address().country());
	}

}
