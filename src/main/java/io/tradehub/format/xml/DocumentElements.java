package io.tradehub.format.xml;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.tradehub.document.Acknowledgement;
import io.tradehub.document.Answer;
import io.tradehub.document.CanonicalDocument;
import io.tradehub.document.DocumentType;
import io.tradehub.document.Order;
import io.tradehub.document.OrderRequest;
import io.tradehub.document.OrderResponse;
import io.tradehub.document.ShipmentNotice;

/**
 * The root element of each document type: its {@link DocumentType} name in camel case
 * ({@code ORDER_REQUEST} is {@code <orderRequest>}), as the JSON form spells its fields.
 */
enum DocumentElements {

	ORDER_REQUEST(OrderRequest.class), ANSWER(Answer.class), ORDER(Order.class), ORDER_RESPONSE(OrderResponse.class),
	SHIPMENT_NOTICE(ShipmentNotice.class), ACKNOWLEDGEMENT(Acknowledgement.class);

	private static final Map<String, DocumentElements> BY_ELEMENT = Arrays.stream(values())
		.collect(Collectors.toMap(DocumentElements::element, Function.identity()));

	private final Class<? extends CanonicalDocument> type;

	private final String element;

	DocumentElements(Class<? extends CanonicalDocument> type) {
		this.type = type;
		this.element = camelCase(name());
	}

	Class<? extends CanonicalDocument> type() {
		return this.type;
	}

	String element() {
		return this.element;
	}

	static DocumentElements of(DocumentType type) {
		return valueOf(type.name());
	}

	static Optional<DocumentElements> forElement(String element) {
		return Optional.ofNullable(BY_ELEMENT.get(element));
	}

	static String known() {
		return Arrays.stream(values()).map(value -> "<" + value.element + ">").collect(Collectors.joining(", "));
	}

	private static String camelCase(String constant) {
		String[] words = constant.toLowerCase(java.util.Locale.ROOT).split("_");
		StringBuilder camel = new StringBuilder(words[0]);
		for (int i = 1; i < words.length; i++) {
			camel.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
		}
		return camel.toString();
	}

}
