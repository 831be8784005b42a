package io.tradehub.mail;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import jakarta.mail.SendFailedException;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends queued mail once its transaction has committed, and sweeps the outbox for retries
 * and for mail a stopped hub left behind. A mail is claimed before it is sent, so two
 * hubs never send it twice at once.
 */
@Component
class MailDispatcher {

	private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

	private static final Duration STALE_CLAIM = Duration.ofMinutes(5);

	private final OutboundMailRepository outbox;

	private final MimeMessages mimeMessages;

	private final ProducerTemplate producer;

	private final MailProperties properties;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MailDispatcher(OutboundMailRepository outbox, MimeMessages mimeMessages, ProducerTemplate producer,
			MailProperties properties, TransactionTemplate transactions, ApplicationEventPublisher events,
			Clock clock) {
		this.outbox = outbox;
		this.mimeMessages = mimeMessages;
		this.producer = producer;
		this.properties = properties;
		this.transactions = transactions;
		this.events = events;
		this.clock = clock;
	}

	@Async
	@TransactionalEventListener
	void onQueued(MailService.MailQueued queued) {
		deliver(queued.mailId());
	}

	@Scheduled(fixedDelayString = "${tradehub.mail.sweep-interval:PT30S}")
	void sweep() {
		this.outbox.findDue(this.clock.instant()).forEach(this::deliver);
	}

	void deliver(UUID mailId) {
		Optional<OutboundMail> claimed = claim(mailId);
		if (claimed.isEmpty()) {
			return;
		}
		OutboundMail mail = claimed.get();
		try {
			if (this.properties.sendsMimeMessages()) {
				this.producer.sendBody(this.properties.endpoint(), this.mimeMessages.of(mail));
			}
			else {
				// A file drop (the embedded default) keeps the whole message, so it opens
				// in any mail reader.
				this.producer.sendBodyAndHeader(this.properties.endpoint(), this.mimeMessages.bytesOf(mail),
						Exchange.FILE_NAME, mail.id() + ".eml");
			}
			record(mailId, null, false);
		}
		catch (RuntimeException ex) {
			Throwable cause = (ex instanceof CamelExecutionException && ex.getCause() != null) ? ex.getCause() : ex;
			boolean refused = cause instanceof SendFailedException
					|| cause instanceof MimeMessages.UndeliverableAddressException;
			String reason = refused ? "The mail server refused the address: " + cause.getMessage()
					: "Sending failed: " + cause.getMessage();
			log.warn("Mail {} to {} not sent: {}", mailId, mail.recipient(), reason);
			record(mailId, reason, refused);
		}
	}

	private Optional<OutboundMail> claim(UUID mailId) {
		try {
			return this.transactions.execute(status -> this.outbox.findById(mailId)
				.filter(mail -> mail.claim(this.clock.instant(), STALE_CLAIM))
				.map(this.outbox::saveAndFlush));
		}
		catch (org.springframework.dao.OptimisticLockingFailureException ex) {
			return Optional.empty();
		}
	}

	private void record(UUID mailId, String failure, boolean permanent) {
		this.transactions.executeWithoutResult(status -> {
			OutboundMail mail = this.outbox.findById(mailId).orElseThrow();
			if (failure == null) {
				mail.sent(this.clock.instant());
			}
			else if (mail.failed(failure, permanent, this.properties.maxAttempts(), this.clock.instant())) {
				this.events.publishEvent(mail.failure());
			}
		});
	}

}
