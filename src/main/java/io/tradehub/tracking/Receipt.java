package io.tradehub.tracking;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import io.tradehub.shared.HubIds;
import io.tradehub.shared.IllegalTransitionException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.DynamicUpdate;
import org.jspecify.annotations.Nullable;

/**
 * One file, message or attachment the hub received. Its outcome is decided once: read or
 * refused; deciding the same again is a no-op, so a redelivered stage does no harm.
 */
@Entity
@DynamicUpdate
@Table(name = "receipt")
class Receipt {

	/** The column's length (V7__receipt_source_key.sql). */
	static final int SOURCE_KEY_LENGTH = 1000;

	@Id
	private UUID id;

	private String channel;

	private String channelKind;

	private @Nullable String partnerKey;

	private @Nullable String channelIdentity;

	private @Nullable UUID senderCompanyId;

	private String fileName;

	private long size;

	private String sha256;

	private Instant receivedAt;

	@Enumerated(EnumType.STRING)
	private ReceiptStatus status;

	private @Nullable String format;

	private @Nullable String reason;

	private @Nullable String problems;

	private @Nullable String replyTo;

	private @Nullable String replyCorrelation;

	private @Nullable String sourceKey;

	/**
	 * When retention removed the raw input ({@link ArchivePurge}); written there only.
	 */
	private @Nullable Instant purgedAt;

	@Version
	private @Nullable Long version;

	protected Receipt() {
	}

	Receipt(Inbound inbound, String sha256, Instant now) {
		this.id = HubIds.next();
		this.channel = required(Texts.cut(inbound.channel(), 200));
		this.channelKind = required(Texts.cut(inbound.channelKind(), 40));
		this.partnerKey = Texts.cut(inbound.partnerKey(), 200);
		this.channelIdentity = Texts.cut(inbound.channelIdentity(), 500);
		this.fileName = Texts.fileName(inbound.fileName());
		this.size = inbound.bytes().length;
		this.sha256 = sha256;
		this.receivedAt = now;
		this.status = ReceiptStatus.RECEIVED;
		this.replyTo = Texts.cut(inbound.replyTo(), 500);
		this.replyCorrelation = Texts.cut(inbound.replyCorrelation(), 500);
		this.sourceKey = storedSourceKey(inbound.sourceKey());
		this.senderCompanyId = inbound.senderCompanyId();
	}

	/**
	 * A key too long for its column is stored as its hash, not cut: two long file names
	 * that differ only at the end must stay two keys.
	 */
	static @Nullable String storedSourceKey(@Nullable String key) {
		if (key == null || key.length() <= SOURCE_KEY_LENGTH) {
			return key;
		}
		return "sha256:" + Receipts.sha256(key.getBytes(StandardCharsets.UTF_8));
	}

	/** Whether the move happened; false when the receipt already was there. */
	boolean read(String format) {
		if (!move(ReceiptStatus.READ, "read")) {
			return false;
		}
		this.format = Texts.cut(format, 60);
		return true;
	}

	boolean refuse(String reason, @Nullable String problems) {
		if (!move(ReceiptStatus.REFUSED, "refuse")) {
			return false;
		}
		this.reason = Texts.cut(reason, 2000);
		this.problems = problems;
		return true;
	}

	/**
	 * The first identification wins: should channel and interchange disagree, the rules
	 * stage refuses the documents, and the receipt stays with who sent it first.
	 */
	void identify(UUID companyId) {
		if (this.senderCompanyId == null) {
			this.senderCompanyId = companyId;
		}
	}

	private boolean move(ReceiptStatus to, String action) {
		if (this.status == to) {
			return false;
		}
		if (!this.status.canMoveTo(to)) {
			throw new IllegalTransitionException("receipt " + this.id, this.status, action);
		}
		this.status = to;
		return true;
	}

	private static String required(@Nullable String text) {
		if (text == null) {
			throw new IllegalArgumentException("missing");
		}
		return text;
	}

	ReceiptView view() {
		return new ReceiptView(this.id, this.channel, this.channelKind, this.partnerKey, this.channelIdentity,
				this.senderCompanyId, this.fileName, this.size, this.sha256, this.receivedAt, this.status, this.format,
				this.reason, this.problems, this.replyTo, this.replyCorrelation);
	}

	UUID id() {
		return this.id;
	}

	ReceiptStatus status() {
		return this.status;
	}

	@Nullable UUID senderCompanyId() {
		return this.senderCompanyId;
	}

	String fileName() {
		return this.fileName;
	}

	@Nullable String format() {
		return this.format;
	}

	Instant receivedAt() {
		return this.receivedAt;
	}

	String sha256() {
		return this.sha256;
	}

	@Nullable Instant purgedAt() {
		return this.purgedAt;
	}

}
