package io.tradehub.channel;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.engine.DefaultRoutesLoader;
import org.apache.camel.spi.Resource;
import org.apache.camel.spi.RoutesBuilderLoader;
import org.apache.camel.spi.RoutesLoader;

/**
 * Camel picks a loader by everything after the first dot of a file name, so
 * {@code bistro.sftp-inbound.camel.yaml} would ask for a loader of
 * {@code sftp-inbound.camel.yaml}; this one sends every {@code .camel.yaml} file to the
 * YAML DSL. Installed as the context's routes loader, so the reload on change uses it
 * too.
 */
class ChannelRoutesLoader extends DefaultRoutesLoader {

	ChannelRoutesLoader(CamelContext context) {
		super(context);
	}

	static RoutesLoader installIn(CamelContext context) {
		OwnRouteIdParameter.installIn(context);
		RoutesLoader current = context.getCamelContextExtension().getContextPlugin(RoutesLoader.class);
		if (current instanceof ChannelRoutesLoader) {
			return current;
		}
		ChannelRoutesLoader loader = new ChannelRoutesLoader(context);
		context.getCamelContextExtension().addContextPlugin(RoutesLoader.class, loader);
		return loader;
	}

	@Override
	protected RoutesBuilderLoader resolveRoutesBuilderLoader(Resource resource, boolean optional) throws Exception {
		if (resource.getLocation().endsWith(".camel.yaml")) {
			return getRoutesLoader("yaml");
		}
		return super.resolveRoutesBuilderLoader(resource, optional);
	}

}
