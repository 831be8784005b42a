package io.tradehub.action;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tradehub.action.ActionForms.LineForm;
import io.tradehub.action.ActionForms.NewOrder;
import io.tradehub.action.ActionForms.ShipmentForm;
import io.tradehub.action.ActionForms.ShippedLine;
import io.tradehub.document.DocumentType;
import io.tradehub.document.Order;
import io.tradehub.document.ShipmentNotice;
import io.tradehub.partner.PartnerView;
import io.tradehub.shared.Caller;
import io.tradehub.shared.InvalidInputException;
import io.tradehub.shared.Privilege;
import io.tradehub.shared.Quantity;
import io.tradehub.tracking.DocumentView;

import org.springframework.stereotype.Service;

/**
 * Orders through the portal: a customer orders from a supplier, and the supplier confirms
 * what it shipped of an order it received.
 */
@Service
public class OrderActions {

	private final Submissions submissions;

	private final Clock clock;

	OrderActions(Submissions submissions, Clock clock) {
		this.submissions = submissions;
		this.clock = clock;
	}

	ActionResult order(Caller caller, NewOrder form) {
		caller.require(Privilege.ORDERS);
		PartnerView supplier = this.submissions.supplierOf(caller, form.supplierId());
		List<Order.Line> lines = new ArrayList<>();
		for (int i = 0; i < form.lines().size(); i++) {
			LineForm line = form.lines().get(i);
			String field = "lines[" + i + "]";
			lines.add(new Order.Line(i + 1, line.product(field), new Quantity(line.quantity(), line.unit()),
					(line.unitPrice() != null) ? line.unitPrice().money(field + ".unitPrice") : null));
		}
		Order order = new Order(
				this.submissions
					.envelope(this.submissions.company(caller.companyId()), supplier, DocumentType.ORDER, null),
				lines, (form.shipTo() != null) ? form.shipTo().address() : null,
				(form.references() != null)
						? form.references().stream().map(ActionForms.ReferenceForm::reference).toList() : null,
				form.requestedDelivery(), null, form.note());
		return this.submissions.submit(order, caller);
	}

	/**
	 * A shipment notice of an order the caller's company received: each line names the
	 * order's line it fulfils, and ships its product in its unit. Whether the order still
	 * has that much to ship is the rules' to say.
	 */
	public ActionResult ship(Caller caller, UUID orderId, ShipmentForm form) {
		caller.require(Privilege.SHIPPING);
		DocumentView received = this.submissions.received(caller, orderId, DocumentType.ORDER, "order",
				"confirm a shipment of");
		Order order = (Order) received.document();
		Map<Integer, Order.Line> ordered = new HashMap<>();
		order.lines().forEach((line) -> ordered.put(line.lineNumber(), line));
		List<ShipmentNotice.Line> lines = new ArrayList<>();
		for (int i = 0; i < form.lines().size(); i++) {
			ShippedLine line = form.lines().get(i);
			Order.Line orderLine = ordered.remove(line.orderLineNumber());
			if (orderLine == null) {
				throw new InvalidInputException("lines[" + i + "].orderLineNumber", "order " + received.documentNumber()
						+ " has no line " + line.orderLineNumber() + " (or it is shipped twice in this notice)");
			}
			lines.add(new ShipmentNotice.Line(i + 1, orderLine.product(),
					new Quantity(line.shipped(), orderLine.quantity().unit()), received.documentNumber(),
					line.orderLineNumber()));
		}
		PartnerView supplier = this.submissions.company(caller.companyId());
		ShipmentNotice notice = new ShipmentNotice(
				this.submissions.envelope(supplier, this.submissions.company(received.senderCompanyId()),
						DocumentType.SHIPMENT_NOTICE, received),
				lines, LocalDate.ofInstant(this.clock.instant(), supplier.timeZone()),
				(form.shippingCost() != null) ? form.shippingCost().money("shippingCost") : null, form.trackingNumber(),
				form.carrier(), form.service(), form.packingSlipLanguage(), form.message());
		return this.submissions.submit(notice, caller);
	}

}
