package io.tradehub.catalog;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import io.tradehub.catalog.pricing.Tier;
import io.tradehub.document.ProductRef;
import io.tradehub.partner.CatalogTerms;
import io.tradehub.partner.Partners;
import io.tradehub.shared.Caller;
import io.tradehub.shared.InvalidInputException;
import io.tradehub.shared.InvalidInputException.FieldProblem;
import io.tradehub.shared.NotFoundException;
import io.tradehub.shared.Privilege;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The suppliers' catalogs: a supplier's staff keep products and price lists; a customer
 * sees the products its connection makes visible, in its own prices; the hub's rules ask
 * what one customer may order at what price.
 */
@Service
public class CatalogService {

	private final ProductRepository products;

	private final TierPriceRepository tiers;

	private final ProductChecks checks;

	private final Partners partners;

	private final JdbcTemplate jdbc;

	CatalogService(ProductRepository products, TierPriceRepository tiers, ProductChecks checks, Partners partners,
			JdbcTemplate jdbc) {
		this.products = products;
		this.tiers = tiers;
		this.checks = checks;
		this.partners = partners;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public List<ProductView> products(Caller caller) {
		return this.products.findBySupplierIdOrderBySku(supplier(caller)).stream().map(Product::view).toList();
	}

	@Transactional(readOnly = true)
	public ProductView product(Caller caller, String sku) {
		return own(supplier(caller), sku).view();
	}

	/** Adds the product with that SKU, or changes it. */
	@Transactional
	public ProductView save(Caller caller, String sku, ProductForm form) {
		UUID supplierId = supplier(caller);
		List<FieldProblem> problems = this.checks.product(supplierId, sku, form);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Product product = this.products.findBySupplierIdAndSku(supplierId, sku)
			.orElseGet(() -> new Product(supplierId, sku, form));
		product.change(form);
		return this.products.save(product).view();
	}

	/**
	 * Adds or changes the products of a checked import in one go. Products whose GTIN
	 * changes give it up first, so that two products may swap theirs.
	 */
	void saveAll(UUID supplierId, Map<String, ProductForm> forms) {
		Map<String, Product> stored = this.products.findBySupplierIdOrderBySku(supplierId)
			.stream()
			.filter(product -> forms.containsKey(product.sku()))
			.collect(Collectors.toMap(Product::sku, product -> product));
		List<Product> moving = stored.values()
			.stream()
			.filter(product -> product.gtinKey() != null
					&& !product.gtinKey().equals(forms.get(product.sku()).gtinKey()))
			.toList();
		moving.forEach(Product::releaseGtin);
		this.products.saveAllAndFlush(moving);
		forms.forEach((sku, form) -> {
			Product product = stored.computeIfAbsent(sku, (key) -> new Product(supplierId, key, form));
			product.change(form);
			this.products.save(product);
		});
	}

	/** The products the price list has tiers for. */
	@Transactional(readOnly = true)
	public List<PriceListEntry> priceList(Caller caller, String priceType) {
		UUID supplierId = supplier(caller);
		Map<UUID, String> skus = skus(supplierId);
		return this.tiers.findBySupplierIdAndPriceType(supplierId, priceType)
			.stream()
			.collect(Collectors.groupingBy(TierPrice::productId))
			.entrySet()
			.stream()
			.map(entry -> new PriceListEntry(skus.get(entry.getKey()), sorted(entry.getValue())))
			.sorted((a, b) -> a.sku().compareTo(b.sku()))
			.toList();
	}

	/** Replaces the product's tiers on the price list; no tiers takes it off the list. */
	@Transactional
	public PriceListEntry setTiers(Caller caller, String priceType, String sku, List<TierForm> tiers) {
		UUID supplierId = supplier(caller);
		List<FieldProblem> problems = new ArrayList<>(this.checks.priceType(priceType));
		for (int i = 0; i < tiers.size(); i++) {
			String field = "tiers[" + i + "]";
			this.checks.bean(tiers.get(i))
				.forEach(problem -> problems.add(new FieldProblem(field + "." + problem.field(), problem.message())));
			for (int j = 0; j < i; j++) {
				if (tiers.get(j).fromQuantity().compareTo(tiers.get(i).fromQuantity()) == 0) {
					problems.add(new FieldProblem(field + ".fromQuantity",
							"is the from-quantity of tiers[" + j + "] too; each tier needs a quantity of its own"));
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Product product = own(supplierId, sku);
		replaceTiers(supplierId, product.id(), priceType, tiers.stream().map(TierForm::tier).toList());
		return new PriceListEntry(sku, sorted(this.tiers.findByProductIdAndPriceType(product.id(), priceType)));
	}

	/**
	 * The supplier's catalog as the calling customer sees it: visible, active products in
	 * its own prices.
	 */
	@Transactional(readOnly = true)
	public List<CustomerProduct> catalogOf(Caller caller, UUID supplierId) {
		CatalogTerms terms = terms(caller, supplierId);
		Map<UUID, List<Tier>> listed = (terms.priceType() == null) ? Map.of()
				: this.tiers.findBySupplierIdAndPriceType(supplierId, terms.priceType())
					.stream()
					.collect(Collectors.groupingBy(TierPrice::productId,
							Collectors.mapping(TierPrice::tier, Collectors.toList())));
		CustomerCatalog catalog = new CustomerCatalog(terms, product -> Optional.empty());
		return this.products.findBySupplierIdOrderBySku(supplierId)
			.stream()
			.map(product -> product.item(listed.getOrDefault(product.id(), List.of())))
			.filter(catalog::available)
			.map(catalog::view)
			.toList();
	}

	/** One product as the calling customer sees it; a hidden one is not found. */
	@Transactional(readOnly = true)
	public CustomerProduct productOf(Caller caller, UUID supplierId, String sku) {
		CustomerCatalog catalog = customerCatalog(supplierId, terms(caller, supplierId));
		return catalog.find(ProductRef.sku(sku))
			.filter(catalog::available)
			.map(catalog::view)
			.orElseThrow(() -> new NotFoundException("product", sku));
	}

	/**
	 * What the customer may order from the supplier and at what price, for the hub's
	 * rules; empty when the two have no connection or the supplier keeps no catalog on
	 * the hub.
	 */
	public Optional<CustomerCatalog> customerCatalog(UUID supplierId, UUID customerId) {
		if (!hasCatalog(supplierId)) {
			return Optional.empty();
		}
		return this.partners.catalogTerms(supplierId, customerId).map(terms -> customerCatalog(supplierId, terms));
	}

	/**
	 * Asked for every order and request the hub reads: in SQL, as a derived query costs
	 * Hibernate more than the lookup costs the database.
	 */
	private boolean hasCatalog(UUID supplierId) {
		return Boolean.TRUE.equals(this.jdbc.query("select 1 from catalog_product where supplier_id = ? limit 1",
				ResultSet::next, supplierId));
	}

	void replaceTiers(UUID supplierId, UUID productId, String priceType, Collection<Tier> tiers) {
		this.tiers.deleteTiers(productId, priceType);
		tiers.forEach(tier -> this.tiers.save(new TierPrice(supplierId, productId, priceType, tier)));
	}

	/** The SKUs of the supplier's products by their ids, for tiers that name only ids. */
	Map<UUID, String> skus(UUID supplierId) {
		return this.products.findBySupplierIdOrderBySku(supplierId)
			.stream()
			.collect(Collectors.toMap(Product::id, Product::sku));
	}

	private CustomerCatalog customerCatalog(UUID supplierId, CatalogTerms terms) {
		return new CustomerCatalog(terms,
				ref -> find(supplierId, ref).map(product -> product.item((terms.priceType() == null) ? List.of()
						: this.tiers.findByProductIdAndPriceType(product.id(), terms.priceType())
							.stream()
							.map(TierPrice::tier)
							.toList())));
	}

	private Optional<Product> find(UUID supplierId, ProductRef ref) {
		Optional<Product> bySku = (ref.sku() == null) ? Optional.empty()
				: this.products.findBySupplierIdAndSku(supplierId, ref.sku());
		return bySku.or(() -> (ref.gtin() == null) ? Optional.empty()
				: this.products.findBySupplierIdAndGtinKey(supplierId, Gtin.key(ref.gtin())));
	}

	/**
	 * The caller's company as a supplier keeping its catalog.
	 */
	UUID supplier(Caller caller) {
		caller.require(Privilege.CATALOG);
		boolean supplies = this.partners.byId(caller.companyId()).map(p -> p.role().supplies()).orElse(false);
		if (!supplies) {
			throw new AccessDeniedException("Only a supplier keeps a catalog.");
		}
		return caller.companyId();
	}

	/**
	 * The terms the calling customer buys from the supplier on; a supplier it has no
	 * ACTIVE connection with shows it no catalog.
	 */
	private CatalogTerms terms(Caller caller, UUID supplierId) {
		if (!caller.has(Privilege.REQUESTS)) {
			caller.require(Privilege.ORDERS);
		}
		return this.partners.catalogTerms(supplierId, caller.companyId())
			.filter(CatalogTerms::active)
			.orElseThrow(() -> new NotFoundException("catalog of supplier", supplierId));
	}

	private Product own(UUID supplierId, String sku) {
		return this.products.findBySupplierIdAndSku(supplierId, sku)
			.orElseThrow(() -> new NotFoundException("product", sku));
	}

	private static List<Tier> sorted(List<TierPrice> tiers) {
		return tiers.stream()
			.map(TierPrice::tier)
			.sorted((a, b) -> a.fromQuantity().compareTo(b.fromQuantity()))
			.toList();
	}

}
