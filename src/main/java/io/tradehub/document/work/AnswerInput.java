package io.tradehub.document.work;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.tradehub.action.ActionForms;
import io.tradehub.document.OrderRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The answer form of a request's page as the browser posts it: per line the available
 * quantity, unit price, back-order quantity and availability date, then the shipping
 * charge, one currency for all amounts, and the message to the partner.
 */
record AnswerInput(@Nullable List<Line> lines, @Nullable BigDecimal shippingCharge, @Nullable String currency,
		@Nullable String message) {

	static final String DEFAULT_CURRENCY = "EUR";

	/** A blank form: every requested quantity available, at no price yet. */
	static AnswerInput of(OrderRequest request) {
		return new AnswerInput(request.lines()
			.stream()
			.map((line) -> new Line(line.lineNumber(), line.quantity().value(), null, null, null))
			.toList(), null, DEFAULT_CURRENCY, null);
	}

	/** The action's form; an amount left blank is none. */
	ActionForms.AnswerForm form() {
		return new ActionForms.AnswerForm(
				(this.lines != null) ? this.lines.stream().map((line) -> line.form(this.currency)).toList() : List.of(),
				money(this.shippingCharge, this.currency), blankToNull(this.message));
	}

	/** One answered line, named by the request's line number. */
	record Line(@Nullable Integer lineNumber, @Nullable BigDecimal available, @Nullable BigDecimal unitPrice,
			@Nullable BigDecimal backOrder,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate availableOn) {

		ActionForms.AnswerLine form(@Nullable String currency) {
			return new ActionForms.AnswerLine(this.lineNumber, this.available, money(this.unitPrice, currency),
					this.backOrder, this.availableOn);
		}

	}

	static ActionForms.@Nullable MoneyForm money(@Nullable BigDecimal amount, @Nullable String currency) {
		return (amount != null) ? new ActionForms.MoneyForm(amount, (currency != null) ? currency.strip() : "") : null;
	}

	static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
