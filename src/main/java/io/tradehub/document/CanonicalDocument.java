package io.tradehub.document;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A business document in the hub's own terms, whatever format it came in or goes out in.
 * Its JSON form names its {@link DocumentType} in the {@code type} field.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({ @JsonSubTypes.Type(value = OrderRequest.class, name = "ORDER_REQUEST"),
		@JsonSubTypes.Type(value = Answer.class, name = "ANSWER"),
		@JsonSubTypes.Type(value = Order.class, name = "ORDER"),
		@JsonSubTypes.Type(value = OrderResponse.class, name = "ORDER_RESPONSE"),
		@JsonSubTypes.Type(value = ShipmentNotice.class, name = "SHIPMENT_NOTICE"),
		@JsonSubTypes.Type(value = Acknowledgement.class, name = "ACKNOWLEDGEMENT") })
public sealed interface CanonicalDocument
		permits OrderRequest, Answer, Order, OrderResponse, ShipmentNotice, Acknowledgement {

	Envelope envelope();

	@JsonIgnore
	DocumentType type();

	/** The same document in another envelope (its parties identified, a new hub id). */
	CanonicalDocument withEnvelope(Envelope envelope);

}
