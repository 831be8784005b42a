package io.tradehub.partner.invite;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.tradehub.shared.GoneException;
import io.tradehub.shared.HubIds;
import io.tradehub.shared.IllegalTransitionException;
import io.tradehub.shared.Tokens;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import static io.tradehub.partner.invite.InviteStatus.ACCEPTED;
import static io.tradehub.partner.invite.InviteStatus.CLEARED;
import static io.tradehub.partner.invite.InviteStatus.DEACTIVATED;
import static io.tradehub.partner.invite.InviteStatus.ERROR;
import static io.tradehub.partner.invite.InviteStatus.PENDING;

/**
 * A supplier's emailed invitation to one address. The registration link carries a secret
 * of which only the digest is stored; every (re)send makes a new secret, so an old link
 * stops working.
 */
@Entity
@Table(name = "invite")
class Invite {

	@Id
	private UUID id;

	private UUID supplierId;

	private String email;

	private @Nullable String message;

	private String language;

	@Enumerated(EnumType.STRING)
	private InviteStatus status;

	private @Nullable String errorReason;

	private String tokenHash;

	private int sentCount;

	private Instant lastSentAt;

	private @Nullable UUID lastMailId;

	private @Nullable UUID connectionId;

	private String createdBy;

	private Instant createdAt;

	@Version
	private @Nullable Long version;

	protected Invite() {
	}

	Invite(UUID supplierId, String email, @Nullable String message, Locale language, String createdBy, Instant now) {
		this.id = HubIds.next();
		this.supplierId = supplierId;
		this.email = email;
		this.message = message;
		this.language = language.toLanguageTag();
		this.status = PENDING;
		this.createdBy = createdBy;
		this.createdAt = now;
		this.lastSentAt = now;
		this.tokenHash = "";
	}

	/**
	 * Makes a fresh link secret for a (re)send and answers it; the previous link dies.
	 */
	String send(Instant now) {
		require("send", PENDING, ERROR);
		String token = Tokens.random("inv_");
		this.tokenHash = Tokens.digest(token);
		this.status = PENDING;
		this.errorReason = null;
		this.sentCount++;
		this.lastSentAt = now;
		return token;
	}

	void mailed(UUID mailId) {
		this.lastMailId = mailId;
	}

	void cancel() {
		require("cancel", PENDING, ERROR);
		this.status = DEACTIVATED;
	}

	/**
	 * Records that the invite mail did not arrive; a failure of an older send, superseded
	 * since, is ignored.
	 */
	void failed(UUID mailId, String reason) {
		if (mailId.equals(this.lastMailId) && this.status == PENDING) {
			this.status = ERROR;
			this.errorReason = reason;
		}
	}

	void clear() {
		require("clear", ERROR);
		this.status = CLEARED;
	}

	/**
	 * Checks that the invite can still be used to register.
	 */
	void requireUsable() {
		switch (this.status) {
			case PENDING -> {
			}
			case ACCEPTED -> throw new GoneException("This invite has already been used to register.");
			case DEACTIVATED, CLEARED -> throw new GoneException("This invite was cancelled by the supplier.");
			case ERROR -> throw new GoneException("This invite could not be delivered; ask the supplier to resend it.");
		}
	}

	void accepted(UUID connectionId) {
		require("accept", PENDING);
		this.status = ACCEPTED;
		this.connectionId = connectionId;
	}

	private void require(String action, InviteStatus... allowed) {
		if (!List.of(allowed).contains(this.status)) {
			throw new IllegalTransitionException("invite " + this.id, this.status, action);
		}
	}

	InviteView view() {
		return new InviteView(this.id, this.email, this.message, this.language, this.status, this.errorReason,
				this.sentCount, this.lastSentAt, this.connectionId, this.createdBy, this.createdAt);
	}

	UUID id() {
		return this.id;
	}

	UUID supplierId() {
		return this.supplierId;
	}

	String email() {
		return this.email;
	}

	@Nullable String message() {
		return this.message;
	}

	Locale language() {
		return Locale.forLanguageTag(this.language);
	}

}
