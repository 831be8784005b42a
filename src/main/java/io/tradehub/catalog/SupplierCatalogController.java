package io.tradehub.catalog;

import java.util.List;
import java.util.UUID;

import io.tradehub.shared.Caller;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A supplier's catalog as the calling customer sees it: only what its connection makes
 * visible, in its own prices.
 */
@RestController
@RequestMapping("/api/v1/suppliers/{supplierId}/catalog")
class SupplierCatalogController {

	private final CatalogService catalog;

	SupplierCatalogController(CatalogService catalog) {
		this.catalog = catalog;
	}

	@GetMapping
	List<CustomerProduct> catalog(Caller caller, @PathVariable UUID supplierId) {
		return this.catalog.catalogOf(caller, supplierId);
	}

	@GetMapping("/{sku}")
	CustomerProduct product(Caller caller, @PathVariable UUID supplierId, @PathVariable String sku) {
		return this.catalog.productOf(caller, supplierId, sku);
	}

}
