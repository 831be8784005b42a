package io.tradehub.channel;

import java.nio.file.Path;

import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.apache.camel.support.RouteWatcherReloadStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Loads the partner channels from {@code tradehub.routes} once the Java route templates
 * are in the context and before it starts; a broken file stops start-up. With
 * {@code tradehub.routes-reload} Camel watches the folder and reloads a changed file's
 * routes (a broken edit is logged and the running routes stay).
 */
@Component
class ChannelRoutes implements CamelContextConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ChannelRoutes.class);

	private final RoutesProperties properties;

	ChannelRoutes(RoutesProperties properties) {
		this.properties = properties;
	}

	@Override
	public void beforeApplicationStart(CamelContext context) {
		Path folder = this.properties.routes();
		var files = RouteFiles.in(folder);
		files.forEach(file -> RouteFiles.load(context, file));
		log.info("Loaded {} channel file(s) from {}", files.size(), folder.toAbsolutePath());
		if (this.properties.routesReload()) {
			RouteWatcherReloadStrategy reload = new RouteWatcherReloadStrategy(folder.toAbsolutePath().toString(),
					false);
			reload.setPattern(RouteFiles.PATTERN);
			try {
				context.addService(reload);
			}
			catch (Exception ex) {
				throw new IllegalStateException("Cannot watch " + folder.toAbsolutePath(), ex);
			}
			log.info("Reloading channel files in {} when they change", folder.toAbsolutePath());
		}
	}

	@Override
	public void afterApplicationStart(CamelContext context) {
	}

}
