package io.tradehub.format.csv;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.tradehub.document.Address;
import io.tradehub.document.Envelope;
import io.tradehub.document.Order;
import io.tradehub.document.Party;
import io.tradehub.document.Reference;
import org.jspecify.annotations.Nullable;

/**
 * An order's header data as read from its first row, falling back to the sender's context
 * for what the layout has no column for.
 */
record CsvOrderHeader(Party sender, Party receiver, String documentNumber, @Nullable LocalDate documentDate,
		@Nullable Address shipTo, List<Reference> references, @Nullable LocalDate requestedDelivery,
		@Nullable String note) {

	/**
	 * Reads the header, or adds a problem and gives null when the order has no number.
	 */
	static @Nullable CsvOrderHeader read(CsvCells cells, CsvLayout layout, CsvContext context,
			List<CsvProblem> problems) {
		String number = cells.text("documentNumber");
		if (number == null) {
			number = context.documentNumber();
		}
		if (number == null) {
			problems.add(CsvProblem.atLine(cells.line(), "the file names no order number and none came with it; layout "
					+ layout.name() + " needs the document number from the channel"));
			return null;
		}
		LocalDate date = cells.date("documentDate");
		List<Reference> references = new ArrayList<>();
		layout.references().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(reference -> {
			String value = cells.column(reference.getValue());
			if (value != null) {
				references.add(new Reference(reference.getKey(), value));
			}
		});
		return new CsvOrderHeader(party(cells, layout, "sender", context.sender()),
				party(cells, layout, "receiver", context.receiver()), number,
				(date != null) ? date : context.documentDate(), shipTo(cells, layout), references,
				cells.date("requestedDelivery"), cells.text("note"));
	}

	Order order(List<Order.Line> lines, CsvContext context) {
		Envelope envelope = new Envelope(context.hubIds().get(), this.sender, this.receiver, this.documentNumber,
				this.documentDate, null, context.source(), null);
		return new Order(envelope, lines, this.shipTo, this.references, this.requestedDelivery, null, this.note);
	}

	private static Party party(CsvCells cells, CsvLayout layout, String field, Party fallback) {
		String identity = qualified(cells.text(field), layout);
		String name = cells.text(field + "Name");
		return (identity == null && name == null) ? fallback : new Party(null, identity, name);
	}

	private static @Nullable Address shipTo(CsvCells cells, CsvLayout layout) {
		Address address = new Address(cells.text("shipTo.name"), cells.text("shipTo.street"),
				cells.text("shipTo.postalCode"), cells.text("shipTo.city"), cells.text("shipTo.country"),
				qualified(cells.text("shipTo.identity"), layout));
		return address.equals(new Address(null, null, null, null, null, null)) ? null : address;
	}

	private static @Nullable String qualified(@Nullable String identity, CsvLayout layout) {
		return (identity == null || layout.identityQualifier() == null) ? identity
				: layout.identityQualifier() + ":" + identity;
	}

}
