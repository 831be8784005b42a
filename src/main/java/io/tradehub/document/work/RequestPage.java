package io.tradehub.document.work;

import io.tradehub.document.Answer;
import io.tradehub.document.OrderRequest;
import io.tradehub.document.lifecycle.RequestView;
import io.tradehub.partner.PartnerView;
import org.jspecify.annotations.Nullable;

/**
 * What a request's page shows: its lifecycle, its lines, the last answer to it, and the
 * company on the other side. Only the supplier acts on it, and only where the request's
 * status allows: the buttons follow the same rules the lifecycle enforces.
 *
 * @param supplierSide whether the viewer's company is the request's supplier
 */
record RequestPage(RequestView request, OrderRequest document, @Nullable Answer answer, PartnerView partner,
		boolean supplierSide) {

	public boolean canAnswer() {
		return this.supplierSide && this.request.status().answerable();
	}

	public boolean canReopen() {
		return this.supplierSide && this.request.status().reopenable();
	}

	/** Converting takes up the last answer, so there must be one. */
	public boolean canConvert() {
		return this.supplierSide && this.request.status().convertible() && this.request.answerDocumentId() != null;
	}

}
