package io.tradehub.document.print;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.tradehub.catalog.CatalogItem;
import io.tradehub.catalog.CatalogService;
import io.tradehub.catalog.CustomerCatalog;
import io.tradehub.document.Address;
import io.tradehub.document.DocumentType;
import io.tradehub.document.Envelope;
import io.tradehub.document.Order;
import io.tradehub.document.ProductRef;
import io.tradehub.document.ShipmentNotice;
import io.tradehub.document.lifecycle.LifecycleQueries;
import io.tradehub.document.lifecycle.OrderView;
import io.tradehub.partner.PartnerView;
import io.tradehub.partner.Partners;
import io.tradehub.shared.Caller;
import io.tradehub.shared.IllegalTransitionException;
import io.tradehub.shared.InvalidInputException;
import io.tradehub.shared.NotFoundException;
import io.tradehub.shared.Privilege;
import io.tradehub.tracking.DocumentStatus;
import io.tradehub.tracking.DocumentView;
import io.tradehub.tracking.Documents;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Prints for a supplier's shipping staff: the picking list of an order its company
 * received, and the packing slips of the shipments it confirmed. A document of another
 * company is not found, whoever's it is.
 */
@Service
public class PrintService {

	/** The languages with texts of their own; any other prints in English. */
	static final Set<String> LANGUAGES = Set.of("en", "de");

	private final Documents documents;

	private final LifecycleQueries lifecycles;

	private final Partners partners;

	private final CatalogService catalog;

	private final PdfRenderer renderer;

	PrintService(Documents documents, LifecycleQueries lifecycles, Partners partners, CatalogService catalog,
			PdfRenderer renderer) {
		this.documents = documents;
		this.lifecycles = lifecycles;
		this.partners = partners;
		this.catalog = catalog;
		this.renderer = renderer;
	}

	/**
	 * The picking list of an order the caller's company received: every line with what is
	 * ordered, shipped already and still to pick.
	 * @param orderId the order's hub id
	 * @param language {@code en} or {@code de}; null for the company's language
	 */
	public Printed pickingList(Caller caller, UUID orderId, @Nullable String language) {
		caller.require(Privilege.SHIPPING);
		if (language != null && !LANGUAGES.contains(language)) {
			throw new InvalidInputException("lang", "must be one of " + String.join(", ", sorted(LANGUAGES)));
		}
		DocumentView received = own(caller, orderId, DocumentType.ORDER, "order", true);
		Order order = (Order) received.document();
		PartnerView supplier = company(caller.companyId());
		Optional<OrderView> lifecycle = this.lifecycles.orderOfDocument(caller, orderId);
		Map<Integer, BigDecimal> shipped = new HashMap<>();
		lifecycle.ifPresent((view) -> view.lines().forEach((line) -> shipped.put(line.lineNumber(), line.shipped())));
		Products products = products(caller.companyId(), received.senderCompanyId());
		List<PickingList.Line> lines = order.lines()
			.stream()
			.map((line) -> new PickingList.Line(line.lineNumber(), line.product().sku(), products.gtin(line.product()),
					products.description(line.product()), line.quantity().value(),
					shipped.getOrDefault(line.lineNumber(), BigDecimal.ZERO), line.quantity().unit()))
			.toList();
		Instant shipBy = lifecycle.map(OrderView::shipBy).orElse(order.shipBy());
		PickingList list = new PickingList(received.documentNumber(), supplier.name(),
				name(received.senderCompanyId(), order.envelope().sender().name()), order.shipTo(),
				(shipBy != null) ? shipBy.atZone(supplier.timeZone()) : null, order.requestedDelivery(), order.note(),
				lines, language(language, supplier));
		return new Printed("picking-list-" + received.documentNumber() + ".pdf", this.renderer.pickingList(list));
	}

	/**
	 * The packing slip of a shipment the caller's company confirmed, in the shipment's
	 * packing-slip language, else the company's.
	 * @param shipmentId the shipment notice's hub id
	 */
	public Printed packingSlip(Caller caller, UUID shipmentId) {
		caller.require(Privilege.SHIPPING);
		DocumentView shipment = own(caller, shipmentId, DocumentType.SHIPMENT_NOTICE, "shipment", false);
		return new Printed("packing-slip-" + shipment.documentNumber() + ".pdf",
				this.renderer.packingSlips(List.of(slip(caller, shipment))));
	}

	/**
	 * The packing slips of every shipment of an order the caller's company received, in
	 * one PDF, oldest first; each in its own language.
	 * @param orderId the order's hub id
	 */
	public Printed packingSlips(Caller caller, UUID orderId) {
		caller.require(Privilege.SHIPPING);
		DocumentView order = own(caller, orderId, DocumentType.ORDER, "order", true);
		List<PackingSlip> slips = this.lifecycles.orderOfDocument(caller, orderId)
			.map(OrderView::shipmentDocumentIds)
			.orElse(Set.of())
			.stream()
			.map(this.documents::get)
			.sorted(Comparator.comparing(DocumentView::createdAt).thenComparing(DocumentView::id))
			.map((shipment) -> slip(caller, shipment))
			.toList();
		if (slips.isEmpty()) {
			throw new NotFoundException("shipment of order", orderId);
		}
		return new Printed("packing-slips-" + order.documentNumber() + ".pdf", this.renderer.packingSlips(slips));
	}

	private PackingSlip slip(Caller caller, DocumentView shipment) {
		ShipmentNotice notice = (ShipmentNotice) shipment.document();
		PartnerView supplier = company(caller.companyId());
		Envelope.DocumentLink answers = notice.envelope().answers();
		Set<String> orderNumbers = new LinkedHashSet<>();
		for (ShipmentNotice.Line line : notice.lines()) {
			if (line.orderNumber() != null) {
				orderNumbers.add(line.orderNumber());
			}
		}
		if (orderNumbers.isEmpty() && answers != null && answers.documentNumber() != null) {
			orderNumbers.add(answers.documentNumber());
		}
		Products products = products(caller.companyId(), shipment.receiverCompanyId());
		List<PackingSlip.Line> lines = notice.lines()
			.stream()
			.map((line) -> new PackingSlip.Line(line.lineNumber(), line.product().sku(), products.gtin(line.product()),
					products.description(line.product()), line.shipped().value(), line.shipped().unit()))
			.toList();
		return new PackingSlip(shipment.documentNumber(), new ArrayList<>(orderNumbers), supplier.name(),
				name(shipment.receiverCompanyId(), notice.envelope().receiver().name()), shipTo(answers),
				notice.shippedOn(), notice.trackingNumber(), notice.carrier(), notice.service(),
				notice.messageToRecipient(), lines, language(notice.packingSlipLanguage(), supplier));
	}

	/**
	 * Where the order the shipment fulfils sends its goods; a notice carries no address.
	 */
	private @Nullable Address shipTo(Envelope.@Nullable DocumentLink answers) {
		if (answers == null || answers.hubId() == null) {
			return null;
		}
		return (this.documents.get(answers.hubId()).document() instanceof Order order) ? order.shipTo() : null;
	}

	/**
	 * A document of this type that the caller's company received (an order) or sent (a
	 * shipment notice), and the pipeline accepted; any other is not found.
	 */
	private DocumentView own(Caller caller, UUID id, DocumentType type, String what, boolean received) {
		DocumentView document;
		try {
			document = this.documents.get(id);
		}
		catch (NotFoundException ex) {
			throw new NotFoundException(what, id);
		}
		UUID owner = received ? document.receiverCompanyId() : document.senderCompanyId();
		if (document.type() != type || !caller.companyId().equals(owner)) {
			throw new NotFoundException(what, id);
		}
		if (document.status() == DocumentStatus.REFUSED) {
			throw new IllegalTransitionException(what + " " + document.documentNumber(), DocumentStatus.REFUSED,
					"print");
		}
		return document;
	}

	private Products products(UUID supplierId, @Nullable UUID customerId) {
		Optional<CustomerCatalog> catalog = (customerId != null) ? this.catalog.customerCatalog(supplierId, customerId)
				: Optional.empty();
		return (product) -> catalog.flatMap((found) -> found.find(product));
	}

	private PartnerView company(UUID companyId) {
		return this.partners.byId(companyId).orElseThrow(() -> new NotFoundException("company", companyId));
	}

	private String name(@Nullable UUID companyId, @Nullable String written) {
		Optional<String> known = Optional.ofNullable(companyId).flatMap(this.partners::byId).map(PartnerView::name);
		return known.orElse((written != null) ? written : "");
	}

	/** The language asked for, if the hub has texts in it, else English. */
	private static Locale language(@Nullable String asked, PartnerView company) {
		String tag = (asked != null && !asked.isBlank()) ? asked : company.language().toLanguageTag();
		String language = Locale.forLanguageTag(tag).getLanguage();
		return LANGUAGES.contains(language) ? Locale.forLanguageTag(language) : Locale.ENGLISH;
	}

	private static List<String> sorted(Set<String> values) {
		return values.stream().sorted().toList();
	}

	/**
	 * A line's product in the supplier's catalog: the warehouse reads the catalog's
	 * description, and the GTIN it scans even where the line named the SKU alone.
	 */
	private interface Products {

		Optional<CatalogItem> find(ProductRef product);

		default @Nullable String description(ProductRef product) {
			return find(product).map(CatalogItem::description).orElse(product.description());
		}

		default @Nullable String gtin(ProductRef product) {
			return (product.gtin() != null) ? product.gtin() : find(product).map(CatalogItem::gtin).orElse(null);
		}

	}

}
