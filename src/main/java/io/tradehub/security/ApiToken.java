package io.tradehub.security;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import io.tradehub.shared.Caller;
import io.tradehub.shared.HubIds;
import io.tradehub.shared.Privilege;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A company's credential for one of its systems. Only the SHA-256 digest of the secret is
 * kept; the secret itself is shown once, when the token is made.
 */
@Entity
@Table(name = "api_token")
class ApiToken {

	/**
	 * Recording every single use would write on every request; once a minute tells the
	 * same story.
	 */
	private static final Duration LAST_USE_RESOLUTION = Duration.ofMinutes(1);

	@Id
	private UUID id;

	private UUID companyId;

	private String name;

	private String tokenHash;

	private String hint;

	private String createdBy;

	private Instant createdAt;

	private @Nullable Instant lastUsedAt;

	private @Nullable Instant revokedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "api_token_privilege", joinColumns = @JoinColumn(name = "token_id"))
	@Column(name = "privilege")
	@Enumerated(EnumType.STRING)
	private Set<Privilege> privileges = new HashSet<>();

	protected ApiToken() {
	}

	ApiToken(UUID companyId, String name, String tokenHash, String hint, Set<Privilege> privileges, String createdBy,
			Instant now) {
		this.id = HubIds.next();
		this.companyId = companyId;
		this.name = name;
		this.tokenHash = tokenHash;
		this.hint = hint;
		this.privileges.addAll(privileges);
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	boolean active() {
		return this.revokedAt == null;
	}

	void revoke(Instant now) {
		if (this.revokedAt == null) {
			this.revokedAt = now;
		}
	}

	/**
	 * Notes a use; answers whether the row changed and needs saving.
	 */
	boolean used(Instant now) {
		if (this.lastUsedAt != null && this.lastUsedAt.plus(LAST_USE_RESOLUTION).isAfter(now)) {
			return false;
		}
		this.lastUsedAt = now;
		return true;
	}

	Caller caller() {
		return new Caller(null, this.companyId, "token:" + this.name, false, this.privileges);
	}

	ApiTokenView view() {
		return new ApiTokenView(this.id, this.name, this.hint, this.privileges, this.createdBy, this.createdAt,
				this.lastUsedAt, this.revokedAt);
	}

	UUID id() {
		return this.id;
	}

}
