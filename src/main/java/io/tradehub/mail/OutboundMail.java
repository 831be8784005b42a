package io.tradehub.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.tradehub.shared.HubIds;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * One rendered mail in the outbox, with its delivery state.
 */
@Entity
@Table(name = "outbound_mail")
class OutboundMail {

	private static final int MAX_REASON = 2000;

	@Id
	private UUID id;

	private String recipient;

	private String language;

	private String template;

	private String subject;

	@Column(name = "html_body")
	private String htmlBody;

	@Column(name = "text_body")
	private String textBody;

	private @Nullable String referenceType;

	private @Nullable UUID referenceId;

	@Enumerated(EnumType.STRING)
	private MailStatus status;

	private int attempts;

	private Instant nextAttemptAt;

	private @Nullable String failureReason;

	private Instant createdAt;

	private @Nullable Instant sentAt;

	@Version
	private @Nullable Long version;

	protected OutboundMail() {
	}

	OutboundMail(Mail mail, String subject, String htmlBody, String textBody, Instant now) {
		this.id = HubIds.next();
		this.recipient = mail.to();
		this.language = mail.language().toLanguageTag();
		this.template = mail.kind();
		this.subject = subject;
		this.htmlBody = htmlBody;
		this.textBody = textBody;
		this.referenceType = mail.referenceType();
		this.referenceId = mail.referenceId();
		this.status = MailStatus.QUEUED;
		this.nextAttemptAt = now;
		this.createdAt = now;
	}

	/**
	 * Takes the mail for sending; a mail stuck in SENDING longer than {@code stale}
	 * belongs to a sender that died.
	 */
	boolean claim(Instant now, Duration stale) {
		boolean due = this.status == MailStatus.QUEUED && !this.nextAttemptAt.isAfter(now);
		boolean abandoned = this.status == MailStatus.SENDING && this.nextAttemptAt.plus(stale).isBefore(now);
		if (!due && !abandoned) {
			return false;
		}
		this.status = MailStatus.SENDING;
		this.nextAttemptAt = now;
		this.attempts++;
		return true;
	}

	void sent(Instant now) {
		this.status = MailStatus.SENT;
		this.sentAt = now;
		this.failureReason = null;
	}

	/**
	 * Records a failed try; answers whether the mail is now given up.
	 */
	boolean failed(String reason, boolean permanent, int maxAttempts, Instant now) {
		this.failureReason = fitted(reason);
		if (permanent || this.attempts >= maxAttempts) {
			this.status = MailStatus.FAILED;
			return true;
		}
		this.status = MailStatus.QUEUED;
		this.nextAttemptAt = now.plus(Duration.ofMinutes(1L << Math.min(this.attempts - 1, 6)));
		return false;
	}

	void bounced(String reason) {
		this.status = MailStatus.BOUNCED;
		this.failureReason = fitted(reason);
	}

	/**
	 * Cuts a server's reason to what the column holds; a longer one would fail the
	 * transaction that records it, and the bounce would be read again and again.
	 */
	private static String fitted(String reason) {
		return reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON - 1) + "…";
	}

	MailDeliveryFailed failure() {
		return new MailDeliveryFailed(this.id, this.recipient, this.referenceType, this.referenceId,
				String.valueOf(this.failureReason));
	}

	UUID id() {
		return this.id;
	}

	String recipient() {
		return this.recipient;
	}

	String subject() {
		return this.subject;
	}

	String htmlBody() {
		return this.htmlBody;
	}

	String textBody() {
		return this.textBody;
	}

	MailStatus status() {
		return this.status;
	}

}
