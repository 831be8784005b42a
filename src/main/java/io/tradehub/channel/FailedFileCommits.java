package io.tradehub.channel;

import org.apache.camel.Exchange;
import org.apache.camel.spi.ExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * What the file and SFTP consumers do when a file the pipeline took cannot be moved to
 * {@code .done}: two hubs creating {@code .done} at once (one of them is told it cannot),
 * a connection lost before the rename. The file has its receipt; left as Camel leaves it,
 * its idempotent key would keep it in the inbox until the key's lease ran out. Its key is
 * released instead, so the next poll takes it again: the take finds the receipt by the
 * same key, reads nothing twice, and moves the file.
 */
@Component(FailedFileCommits.BEAN)
class FailedFileCommits implements ExceptionHandler {

	static final String BEAN = "failedFileCommits";

	private static final Logger log = LoggerFactory.getLogger(FailedFileCommits.class);

	private final SharedIdempotentRepository repository;

	FailedFileCommits(SharedIdempotentRepository repository) {
		this.repository = repository;
	}

	@Override
	public void handleException(String message, Exchange exchange, Throwable exception) {
		String key = (exchange != null) ? exchange.getMessage().getHeader(Channels.SOURCE_KEY, String.class) : null;
		String file = (exchange != null) ? exchange.getMessage().getHeader(Exchange.FILE_NAME, String.class) : null;
		if (key == null) {
			log.warn("{}: {}", message, exception.getMessage(), exception);
			return;
		}
		this.repository.remove(key);
		log.warn("{} of {}, which the hub has received: {}. It is taken again on the next poll, finds its receipt"
				+ " and is moved then.", message, file, exception.getMessage());
	}

	@Override
	public void handleException(String message, Throwable exception) {
		handleException(message, null, exception);
	}

	@Override
	public void handleException(Throwable exception) {
		handleException("Error after a file was processed", null, exception);
	}

}
