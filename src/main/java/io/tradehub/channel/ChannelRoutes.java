package io.tradehub.channel;

import java.nio.file.Path;

import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Loads the partner channels from {@code tradehub.routes} once the Java route templates
 * are in the context and before it starts; a broken file stops start-up. With
 * {@code tradehub.routes-reload} the folder is watched and a changed file's routes are
 * replaced without a restart.
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
		RouteFilesReload files = new RouteFilesReload(context);
		files.loadAll(folder);
		log.info("Loaded {} channel file(s) from {}", files.files(), folder.toAbsolutePath());
		if (this.properties.routesReload()) {
			try {
				files.watch(folder);
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
