package io.tradehub.channel;

import java.util.HashMap;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.model.Model;
import org.apache.camel.model.ModelLifecycleStrategy;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.model.RouteTemplateDefinition;

/**
 * Gives every route made from a template the parameter {@code routeId}, its own id, so an
 * outbound template can consume {@code direct:tradehub-out-{{routeId}}}. Camel knows the
 * id of a templated route but offers it to the template's placeholders under no name.
 */
final class OwnRouteIdParameter implements ModelLifecycleStrategy {

	static final String NAME = "routeId";

	private OwnRouteIdParameter() {
	}

	static void installIn(CamelContext context) {
		Model model = context.getCamelContextExtension().getContextPlugin(Model.class);
		boolean present = model.getModelLifecycleStrategies().stream().anyMatch(OwnRouteIdParameter.class::isInstance);
		if (!present) {
			model.addModelLifecycleStrategy(new OwnRouteIdParameter());
		}
	}

	@Override
	public void onAddRouteDefinition(RouteDefinition route) {
		Map<String, Object> parameters = route.getTemplateParameters();
		if (parameters != null && route.getRouteId() != null && !parameters.containsKey(NAME)) {
			Map<String, Object> withId = new HashMap<>(parameters);
			withId.put(NAME, route.getRouteId());
			route.setTemplateParameters(withId);
		}
	}

	@Override
	public void onRemoveRouteDefinition(RouteDefinition route) {
	}

	@Override
	public void onAddRouteTemplateDefinition(RouteTemplateDefinition template) {
	}

	@Override
	public void onRemoveRouteTemplateDefinition(RouteTemplateDefinition template) {
	}

}
