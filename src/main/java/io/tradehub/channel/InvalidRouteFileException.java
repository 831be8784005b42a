package io.tradehub.channel;

import java.nio.file.Path;

/**
 * A file under {@code routes/} that cannot become a route: bad YAML, an unknown template,
 * a missing parameter. Stops start-up, naming the file and the line.
 */
class InvalidRouteFileException extends RuntimeException {

	InvalidRouteFileException(Path file, int line, String problem, Throwable cause) {
		super(file + ":" + line + ": " + problem, cause);
	}

}
