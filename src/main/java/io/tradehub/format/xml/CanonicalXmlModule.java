package io.tradehub.format.xml;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import io.tradehub.document.Acknowledgement;
import io.tradehub.document.Answer;
import io.tradehub.document.CanonicalDocument;
import io.tradehub.document.Order;
import io.tradehub.document.OrderRequest;
import io.tradehub.document.OrderResponse;
import io.tradehub.document.ShipmentNotice;

/**
 * What the XML form adds to the JSON names, as mix-ins so the model stays format-neutral:
 * the root element names the type, and each list is a wrapper element named like the JSON
 * field holding one element per item in the singular.
 */
final class CanonicalXmlModule extends SimpleModule {

	CanonicalXmlModule(boolean writing) {
		super("canonical-xml");
		setMixInAnnotation(CanonicalDocument.class, TypedByRootElement.class);
		if (!writing) {
			return;
		}
		setMixInAnnotation(OrderRequest.class, OrderRequestLists.class);
		setMixInAnnotation(Answer.class, LineList.class);
		setMixInAnnotation(Order.class, OrderLists.class);
		setMixInAnnotation(OrderResponse.class, LineList.class);
		setMixInAnnotation(ShipmentNotice.class, LineList.class);
		setMixInAnnotation(Acknowledgement.class, AcknowledgementLists.class);
	}

	/** XML names the type by the root element (see DocumentElements), not a field. */
	@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
	interface TypedByRootElement {

	}

	abstract static class LineList {

		@JacksonXmlElementWrapper(localName = "lines")
		@JacksonXmlProperty(localName = "line")
		abstract List<?> lines();

	}

	abstract static class OrderRequestLists extends LineList {

		@JacksonXmlElementWrapper(localName = "buyerReferences")
		@JacksonXmlProperty(localName = "reference")
		abstract List<?> buyerReferences();

	}

	abstract static class OrderLists extends LineList {

		@JacksonXmlElementWrapper(localName = "references")
		@JacksonXmlProperty(localName = "reference")
		abstract List<?> references();

	}

	abstract static class AcknowledgementLists {

		@JacksonXmlElementWrapper(localName = "messages")
		@JacksonXmlProperty(localName = "message")
		abstract List<?> messages();

		@JacksonXmlElementWrapper(localName = "problems")
		@JacksonXmlProperty(localName = "problem")
		abstract List<?> problems();

	}

}
