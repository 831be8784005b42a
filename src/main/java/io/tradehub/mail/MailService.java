package io.tradehub.mail;

import java.time.Clock;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues mail as part of the caller's transaction; nothing leaves before that transaction
 * commits, and nothing queued is lost if the hub stops before sending.
 */
@Service
public class MailService {

	private final MailRenderer renderer;

	private final OutboundMailRepository outbox;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MailService(MailRenderer renderer, OutboundMailRepository outbox, ApplicationEventPublisher events, Clock clock) {
		this.renderer = renderer;
		this.outbox = outbox;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Renders and stores the mail; answers its outbox id.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public UUID queue(Mail mail) {
		MailRenderer.Rendered rendered = this.renderer.render(mail);
		OutboundMail queued = this.outbox
			.save(new OutboundMail(mail, rendered.subject(), rendered.html(), rendered.text(), this.clock.instant()));
		this.events.publishEvent(new MailQueued(queued.id()));
		return queued.id();
	}

	record MailQueued(UUID mailId) {
	}

}
