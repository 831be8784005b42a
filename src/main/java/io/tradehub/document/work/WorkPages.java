package io.tradehub.document.work;

import java.util.Comparator;
import java.util.UUID;

import io.tradehub.document.Answer;
import io.tradehub.document.Order;
import io.tradehub.document.OrderRequest;
import io.tradehub.document.ShipmentNotice;
import io.tradehub.document.lifecycle.LifecycleQueries;
import io.tradehub.document.lifecycle.OrderView;
import io.tradehub.document.lifecycle.RequestView;
import io.tradehub.partner.PartnerView;
import io.tradehub.partner.Partners;
import io.tradehub.shared.Caller;
import io.tradehub.shared.NotFoundException;
import io.tradehub.shared.Privilege;
import io.tradehub.tracking.Documents;

import org.springframework.stereotype.Component;

/**
 * Reads what a request's or an order's page shows, through the lifecycles' scoping: a
 * request or order of another company is not found, whoever's it is.
 */
@Component
class WorkPages {

	private final LifecycleQueries lifecycles;

	private final Documents documents;

	private final Partners partners;

	WorkPages(LifecycleQueries lifecycles, Documents documents, Partners partners) {
		this.lifecycles = lifecycles;
		this.documents = documents;
		this.partners = partners;
	}

	RequestPage request(Caller caller, UUID hubId) {
		RequestView request = this.lifecycles.requestOfDocument(caller, hubId);
		Answer answer = (request.answerDocumentId() != null)
				? (Answer) this.documents.get(request.answerDocumentId()).document() : null;
		boolean supplierSide = request.supplierId().equals(caller.companyId());
		return new RequestPage(request, (OrderRequest) this.documents.get(hubId).document(), answer,
				partner(supplierSide ? request.customerId() : request.supplierId()), supplierSide);
	}

	OrderPage order(Caller caller, UUID hubId) {
		caller.require(Privilege.ORDERS);
		OrderView order = this.lifecycles.orderOfDocument(caller, hubId)
			.orElseThrow(() -> new NotFoundException("order", hubId));
		boolean supplierSide = order.supplierId().equals(caller.companyId());
		return new OrderPage(order, (Order) this.documents.get(hubId).document(),
				order.shipmentDocumentIds()
					.stream()
					.map((id) -> new OrderPage.Shipment(id, (ShipmentNotice) this.documents.get(id).document()))
					.sorted(Comparator.comparing((shipment) -> shipment.notice().envelope().documentNumber()))
					.toList(),
				partner(supplierSide ? order.customerId() : order.supplierId()), supplierSide);
	}

	private PartnerView partner(UUID companyId) {
		return this.partners.byId(companyId).orElseThrow(() -> new NotFoundException("company", companyId));
	}

}
