package io.tradehub.channel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.apache.camel.CamelContext;
import org.apache.camel.model.Model;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.support.FileWatcherResourceReloadStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the channel files and remembers which routes each one made, so that in
 * development a changed file replaces exactly its own routes. Camel's own route watcher
 * reloads by the routes' source, which routes made from templates do not carry.
 */
class RouteFilesReload {

	private static final Logger log = LoggerFactory.getLogger(RouteFilesReload.class);

	private final CamelContext context;

	private final Map<Path, Set<String>> routesByFile = new ConcurrentHashMap<>();

	RouteFilesReload(CamelContext context) {
		this.context = context;
	}

	/** Loads every channel file of the folder; a broken one throws. */
	void loadAll(Path folder) {
		RouteFiles.in(folder).forEach(this::load);
	}

	/** Watches the folder and reloads a file's routes whenever it is written. */
	void watch(Path folder) throws Exception {
		FileWatcherResourceReloadStrategy watcher = new FileWatcherResourceReloadStrategy(
				folder.toAbsolutePath().toString(), false);
		watcher.setFileFilter(file -> file.getName().endsWith(".camel.yaml"));
		watcher.setResourceReload((name, resource) -> reload(Path.of(name)));
		this.context.addService(watcher);
	}

	int files() {
		return this.routesByFile.size();
	}

	private void load(Path file) {
		Set<String> before = routeIds();
		RouteFiles.load(this.context, file);
		Set<String> made = new HashSet<>(routeIds());
		made.removeAll(before);
		this.routesByFile.put(file.toAbsolutePath(), made);
	}

	/**
	 * A broken edit is logged and leaves that file's channels stopped until it is fixed;
	 * the other files' routes never stop.
	 */
	synchronized void reload(Path file) throws Exception {
		Path key = file.toAbsolutePath();
		Set<String> previous = this.routesByFile.getOrDefault(key, Set.of());
		List<RouteDefinition> old = model().getRouteDefinitions()
			.stream()
			.filter(route -> previous.contains(route.getRouteId()))
			.toList();
		model().removeRouteDefinitions(old);
		this.routesByFile.remove(key);
		if (!Files.exists(file)) {
			log.info("Channel file {} removed; stopped routes {}", file, previous);
			return;
		}
		try {
			load(file);
			log.info("Channel file {} reloaded: routes {}", file, this.routesByFile.get(key));
		}
		catch (InvalidRouteFileException ex) {
			log.error("Channel file not reloaded, its routes stay stopped: {}", ex.getMessage());
		}
	}

	private Set<String> routeIds() {
		return model().getRouteDefinitions().stream().map(RouteDefinition::getRouteId).collect(Collectors.toSet());
	}

	private Model model() {
		return this.context.getCamelContextExtension().getContextPlugin(Model.class);
	}

}
