package io.tradehub.action;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.tradehub.action.ActionForms.AnswerForm;
import io.tradehub.action.ActionForms.AnswerLine;
import io.tradehub.action.ActionForms.LineForm;
import io.tradehub.action.ActionForms.NewOrderRequest;
import io.tradehub.document.Answer;
import io.tradehub.document.DocumentType;
import io.tradehub.document.Order;
import io.tradehub.document.OrderRequest;
import io.tradehub.partner.PartnerView;
import io.tradehub.shared.Caller;
import io.tradehub.shared.ConflictException;
import io.tradehub.shared.InvalidInputException;
import io.tradehub.shared.Privilege;
import io.tradehub.shared.Quantity;
import io.tradehub.tracking.DocumentStatus;
import io.tradehub.tracking.DocumentView;
import io.tradehub.tracking.Documents;

import org.springframework.stereotype.Service;

/**
 * Order requests through the portal: a customer asks, the supplier answers line by line,
 * and the supplier converts an answered request into the customer's order.
 */
@Service
public class RequestActions {

	private static final String REQUEST = "order request";

	private final Submissions submissions;

	private final Documents documents;

	RequestActions(Submissions submissions, Documents documents) {
		this.submissions = submissions;
		this.documents = documents;
	}

	ActionResult request(Caller caller, NewOrderRequest form) {
		caller.require(Privilege.REQUESTS);
		PartnerView supplier = this.submissions.supplierOf(caller, form.supplierId());
		List<OrderRequest.Line> lines = new ArrayList<>();
		for (int i = 0; i < form.lines().size(); i++) {
			LineForm line = form.lines().get(i);
			lines.add(new OrderRequest.Line(i + 1, line.product("lines[" + i + "]"),
					new Quantity(line.quantity(), line.unit())));
		}
		OrderRequest request = new OrderRequest(
				this.submissions.envelope(this.submissions.company(caller.companyId()), supplier,
						DocumentType.ORDER_REQUEST, null),
				lines, (form.shipTo() != null) ? form.shipTo().address() : null,
				(form.buyerReferences() != null)
						? form.buyerReferences().stream().map(ActionForms.ReferenceForm::reference).toList() : null,
				form.note(), null);
		return this.submissions.submit(request, caller);
	}

	/**
	 * The answer follows the request: every line of it answered once, in its unit and for
	 * its product.
	 */
	public ActionResult answer(Caller caller, UUID requestId, AnswerForm form) {
		caller.require(Privilege.REQUESTS);
		DocumentView received = this.submissions.received(caller, requestId, DocumentType.ORDER_REQUEST, REQUEST,
				"answer");
		OrderRequest request = (OrderRequest) received.document();
		Map<Integer, OrderRequest.Line> asked = new HashMap<>();
		request.lines().forEach((line) -> asked.put(line.lineNumber(), line));
		List<Answer.Line> lines = new ArrayList<>();
		for (int i = 0; i < form.lines().size(); i++) {
			AnswerLine line = form.lines().get(i);
			OrderRequest.Line requested = asked.remove(line.lineNumber());
			if (requested == null) {
				throw new InvalidInputException("lines[" + i + "].lineNumber",
						"order request " + received.documentNumber() + " has no line " + line.lineNumber()
								+ " (or it is answered twice)");
			}
			String unit = requested.quantity().unit();
			lines.add(new Answer.Line(line.lineNumber(), requested.product(), new Quantity(line.available(), unit),
					(line.unitPrice() != null) ? line.unitPrice().money("lines[" + i + "].unitPrice") : null,
					(line.backOrder() != null) ? new Quantity(line.backOrder(), unit) : null, line.availableOn()));
		}
		if (!asked.isEmpty()) {
			throw new InvalidInputException("lines", "every line of the request needs its answer; line "
					+ asked.keySet().stream().sorted().toList() + " has none");
		}
		Answer answer = new Answer(
				this.submissions.envelope(this.submissions.company(caller.companyId()),
						this.submissions.company(received.senderCompanyId()), DocumentType.ANSWER, received),
				lines, (form.shippingCharge() != null) ? form.shippingCharge().money("shippingCharge") : null,
				form.message());
		return this.submissions.submit(answer, caller);
	}

	/**
	 * The customer's order, made by its supplier from the request and the supplier's last
	 * answer: each answered line for what is available now and on back order, at the
	 * answered price. The order is the customer's (its sender, numbered by it), so it is
	 * checked and routed as if the customer had sent it.
	 */
	public ActionResult convert(Caller caller, UUID requestId) {
		caller.require(Privilege.REQUESTS);
		DocumentView received = this.submissions.received(caller, requestId, DocumentType.ORDER_REQUEST, REQUEST,
				"convert");
		List<DocumentView> following = this.documents.answering(requestId)
			.stream()
			.filter((view) -> view.status() != DocumentStatus.REFUSED)
			.toList();
		following.stream().filter((view) -> view.type() == DocumentType.ORDER).findFirst().ifPresent((order) -> {
			throw new ConflictException("Order request " + received.documentNumber() + " is converted already, into"
					+ " order " + order.documentNumber());
		});
		Optional<DocumentView> answered = following.stream()
			.filter((view) -> view.type() == DocumentType.ANSWER)
			.reduce((first, second) -> second);
		if (answered.isEmpty()) {
			throw new ConflictException("Order request " + received.documentNumber()
					+ " has no answer yet; answer it before converting it into an order");
		}
		OrderRequest request = (OrderRequest) received.document();
		List<Order.Line> lines = new ArrayList<>();
		for (Answer.Line line : ((Answer) answered.get().document()).lines()) {
			BigDecimal quantity = line.available()
				.value()
				.add((line.backOrder() != null) ? line.backOrder().value() : BigDecimal.ZERO);
			if (quantity.signum() > 0) {
				lines.add(new Order.Line(line.lineNumber(), line.product(),
						new Quantity(quantity, line.available().unit()), line.unitPrice()));
			}
		}
		if (lines.isEmpty()) {
			throw new ConflictException("The answer to order request " + received.documentNumber()
					+ " offers nothing to order: every line is 0");
		}
		PartnerView customer = this.submissions.company(received.senderCompanyId());
		Order order = new Order(
				this.submissions.envelope(customer, this.submissions.company(caller.companyId()), DocumentType.ORDER,
						received),
				lines, request.shipTo(), request.buyerReferences(), null, null, request.noteToSupplier());
		return this.submissions.submit(order, caller);
	}

}
