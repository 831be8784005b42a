package io.tradehub.partner.user;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
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
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A person's one account on the hub, known by email address, belonging to one company.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

	@Id
	private UUID id;

	private UUID companyId;

	private String email;

	private String name;

	private String passwordHash;

	private boolean accountManager;

	private @Nullable String language;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "user_privilege", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "privilege")
	@Enumerated(EnumType.STRING)
	private Set<Privilege> privileges = new HashSet<>();

	private Instant createdAt;

	@Version
	private @Nullable Long version;

	protected UserAccount() {
	}

	public UserAccount(UUID companyId, String email, String name, String passwordHash, boolean accountManager,
			Set<Privilege> privileges, Instant now) {
		this.id = HubIds.next();
		this.companyId = companyId;
		this.email = normalized(email);
		this.name = name;
		this.passwordHash = passwordHash;
		this.accountManager = accountManager;
		this.privileges.addAll(accountManager ? EnumSet.allOf(Privilege.class) : privileges);
		this.createdAt = now;
	}

	public static String normalized(String email) {
		return email.trim().toLowerCase(Locale.ROOT);
	}

	void grant(Set<Privilege> privileges, boolean accountManager) {
		this.accountManager = accountManager;
		this.privileges.clear();
		this.privileges.addAll(accountManager ? EnumSet.allOf(Privilege.class) : privileges);
	}

	public Caller caller() {
		return new Caller(this.id, this.companyId, this.email, this.accountManager, this.privileges);
	}

	public UUID id() {
		return this.id;
	}

	public UUID companyId() {
		return this.companyId;
	}

	public String email() {
		return this.email;
	}

	public String name() {
		return this.name;
	}

	public String passwordHash() {
		return this.passwordHash;
	}

	public boolean accountManager() {
		return this.accountManager;
	}

	public Set<Privilege> privileges() {
		return Set.copyOf(this.privileges);
	}

	public Instant createdAt() {
		return this.createdAt;
	}

}
