package io.tradehub.portal.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import io.tradehub.catalog.CatalogFiles;
import io.tradehub.catalog.CatalogService;
import io.tradehub.catalog.ImportResult;
import io.tradehub.catalog.TierForm;
import io.tradehub.portal.FormChecks;
import io.tradehub.portal.PortalController;
import io.tradehub.shared.Caller;
import io.tradehub.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The supplier's catalog: its products, one price list's tiers at a time, and the CSV
 * files of both (uploaded here, downloaded from the API's export).
 */
@PortalController
@RequestMapping("/portal/catalog")
class CatalogPages {

	static final String VIEW = "portal/admin/catalog";

	static final String PRODUCT_VIEW = "portal/admin/product";

	private final CatalogService catalog;

	private final CatalogFiles files;

	CatalogPages(CatalogService catalog, CatalogFiles files) {
		this.catalog = catalog;
		this.files = files;
	}

	@GetMapping
	String catalog(Caller caller, @RequestParam(required = false) @Nullable String priceType, Model model) {
		return page(caller, FormChecks.blankToNull(priceType), model);
	}

	@GetMapping("/products/new")
	String newProduct(Caller caller, Model model) {
		// The catalog decides who keeps one: a caller it refuses sees the 403 page, not
		// a form that could never be saved.
		this.catalog.products(caller);
		model.addAttribute("form", ProductFields.empty());
		model.addAttribute("editing", false);
		return PRODUCT_VIEW;
	}

	@GetMapping("/products/{sku}")
	String product(Caller caller, @PathVariable String sku, Model model) {
		model.addAttribute("form", ProductFields.of(this.catalog.product(caller, sku)));
		model.addAttribute("editing", true);
		return PRODUCT_VIEW;
	}

	@PostMapping("/products")
	String save(Caller caller, ProductFields form, @RequestParam(defaultValue = "false") boolean editing, Model model,
			RedirectAttributes redirect) {
		try {
			this.catalog.save(caller, form.sku().strip(), form.product());
		}
		catch (InvalidInputException ex) {
			model.addAttribute("form", form);
			model.addAttribute("editing", editing);
			model.addAttribute("problems", ex.problems());
			return PRODUCT_VIEW;
		}
		redirect.addFlashAttribute("saved", form.sku().strip());
		return "redirect:/portal/catalog";
	}

	@PostMapping("/prices")
	String setTiers(Caller caller, @RequestParam String priceType, @RequestParam String sku,
			@RequestParam(defaultValue = "") String tiers, Model model, RedirectAttributes redirect) {
		try {
			this.catalog.setTiers(caller, priceType.strip(), sku.strip(), tiers(tiers));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("tierSku", sku);
			model.addAttribute("tierText", tiers);
			model.addAttribute("tierProblems", ex.problems());
			return page(caller, priceType.strip(), model);
		}
		redirect.addAttribute("priceType", priceType.strip());
		return "redirect:/portal/catalog#prices";
	}

	@PostMapping("/products.csv")
	String importProducts(Caller caller, @RequestParam("file") MultipartFile file, Model model,
			RedirectAttributes redirect) {
		return imported(caller, "products", this.files.importProducts(caller, bytes(file)), model, redirect);
	}

	@PostMapping("/prices.csv")
	String importPrices(Caller caller, @RequestParam("file") MultipartFile file, Model model,
			RedirectAttributes redirect) {
		return imported(caller, "prices", this.files.importPrices(caller, bytes(file)), model, redirect);
	}

	private String imported(Caller caller, String what, ImportResult result, Model model, RedirectAttributes redirect) {
		if (!result.ok()) {
			model.addAttribute("importedWhat", what);
			model.addAttribute("importProblems", result.problems());
			return page(caller, null, model);
		}
		redirect.addFlashAttribute("importedWhat", what);
		redirect.addFlashAttribute("applied", result.applied());
		return "redirect:/portal/catalog";
	}

	private String page(Caller caller, @Nullable String priceType, Model model) {
		model.addAttribute("products", this.catalog.products(caller));
		model.addAttribute("priceType", priceType);
		model.addAttribute("entries", (priceType != null) ? this.catalog.priceList(caller, priceType) : List.of());
		return VIEW;
	}

	/** One tier a line: the from-quantity and the unit price, apart by blanks. */
	static List<TierForm> tiers(String text) {
		List<TierForm> tiers = new ArrayList<>();
		List<String> lines = FormChecks.lines(text);
		for (int i = 0; i < lines.size(); i++) {
			String[] parts = lines.get(i).split("\\s+");
			String field = "tiers[" + i + "]";
			if (parts.length != 2) {
				throw new InvalidInputException(field,
						"'" + lines.get(i) + "' must be a from-quantity and a unit price, such as: 10 9.50");
			}
			tiers.add(new TierForm(FormChecks.decimal(field + ".fromQuantity", parts[0]),
					FormChecks.decimal(field + ".unitPrice", parts[1])));
		}
		return tiers;
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
