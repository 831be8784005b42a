package io.tradehub.channel;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the partner channels' YAML files are, and whether they reload when changed.
 *
 * @param routes the folder of {@code *.camel.yaml} files ({@code tradehub.routes})
 * @param routesReload watch the folder and reload changed files without a restart
 * ({@code tradehub.routes-reload}, on in the {@code dev} profile); for development only
 */
@ConfigurationProperties("tradehub")
record RoutesProperties(@DefaultValue("routes") Path routes, @DefaultValue("false") boolean routesReload) {
}
