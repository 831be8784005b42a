package io.tradehub.catalog;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.tradehub.shared.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The supplier's own catalog: products, price lists and their CSV files.
 */
@RestController
@RequestMapping("/api/v1/catalog")
class CatalogController {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final CatalogService catalog;

	private final CatalogFiles files;

	CatalogController(CatalogService catalog, CatalogFiles files) {
		this.catalog = catalog;
		this.files = files;
	}

	/** The tiers of one product on one price list. */
	record Tiers(@NotNull List<@Valid @NotNull TierForm> tiers) {
	}

	@GetMapping("/products")
	List<ProductView> products(Caller caller) {
		return this.catalog.products(caller);
	}

	@GetMapping("/products/{sku}")
	ProductView product(Caller caller, @PathVariable String sku) {
		return this.catalog.product(caller, sku);
	}

	@PutMapping("/products/{sku}")
	ProductView save(Caller caller, @PathVariable String sku, @Valid @RequestBody ProductForm form) {
		return this.catalog.save(caller, sku, form);
	}

	@GetMapping("/price-lists/{priceType}")
	List<PriceListEntry> priceList(Caller caller, @PathVariable String priceType) {
		return this.catalog.priceList(caller, priceType);
	}

	@PutMapping("/price-lists/{priceType}/products/{sku}")
	PriceListEntry setTiers(Caller caller, @PathVariable String priceType, @PathVariable String sku,
			@Valid @RequestBody Tiers tiers) {
		return this.catalog.setTiers(caller, priceType, sku, tiers.tiers());
	}

	@GetMapping("/products.csv")
	ResponseEntity<String> exportProducts(Caller caller) {
		return csv("products.csv", this.files.exportProducts(caller));
	}

	@PostMapping("/products.csv")
	ResponseEntity<?> importProducts(Caller caller, @RequestBody byte[] file) {
		return imported(this.files.importProducts(caller, file));
	}

	@GetMapping("/prices.csv")
	ResponseEntity<String> exportPrices(Caller caller) {
		return csv("prices.csv", this.files.exportPrices(caller));
	}

	@PostMapping("/prices.csv")
	ResponseEntity<?> importPrices(Caller caller, @RequestBody byte[] file) {
		return imported(this.files.importPrices(caller, file));
	}

	private static ResponseEntity<String> csv(String name, String content) {
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
			.body(content);
	}

	/** 200 with the count applied, or 422 with every problem and nothing applied. */
	private static ResponseEntity<?> imported(ImportResult result) {
		if (result.ok()) {
			return ResponseEntity.ok(Map.of("applied", result.applied()));
		}
		int count = result.problems().size();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
				count + (count == 1 ? " row problem" : " row problems") + "; nothing was imported");
		problem.setTitle("The file has problems");
		problem.setType(URI.create("about:blank"));
		problem.setProperty("problems", result.problems());
		return ResponseEntity.unprocessableEntity().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
