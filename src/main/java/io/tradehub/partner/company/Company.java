package io.tradehub.partner.company;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.tradehub.partner.PartnerChanges;
import io.tradehub.shared.HubIds;
import io.tradehub.shared.Tokens;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A tenant of the hub: a supplier, a customer or both, with the settings deadlines,
 * documents and mails depend on.
 */
@Entity
@EntityListeners(PartnerChanges.class)
@Table(name = "company")
public class Company {

	@Id
	private UUID id;

	private String name;

	@Enumerated(EnumType.STRING)
	private CompanyRole role;

	private String timeZone;

	private String language;

	@Embedded
	private @Nullable Address address;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "name", column = @Column(name = "admin_name")),
			@AttributeOverride(name = "email", column = @Column(name = "admin_email")),
			@AttributeOverride(name = "phone", column = @Column(name = "admin_phone")) })
	private @Nullable Contact adminContact;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "name", column = @Column(name = "finance_name")),
			@AttributeOverride(name = "email", column = @Column(name = "finance_email")),
			@AttributeOverride(name = "phone", column = @Column(name = "finance_phone")) })
	private @Nullable Contact financeContact;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "name", column = @Column(name = "ordering_name")),
			@AttributeOverride(name = "email", column = @Column(name = "ordering_email")),
			@AttributeOverride(name = "phone", column = @Column(name = "ordering_phone")) })
	private @Nullable Contact orderingContact;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "company_edi_identity", joinColumns = @JoinColumn(name = "company_id"))
	private List<EdiIdentity> ediIdentities = new ArrayList<>();

	private String inviteCode;

	private @Nullable String termsVersion;

	private @Nullable String termsUrl;

	private Instant createdAt;

	@Version
	private @Nullable Long version;

	protected Company() {
	}

	public Company(String name, CompanyRole role, ZoneId timeZone, Locale language, Instant now) {
		this.id = HubIds.next();
		this.name = name;
		this.role = role;
		this.timeZone = timeZone.getId();
		this.language = language.toLanguageTag();
		// The permanent invite link carries this code; 24 random bytes are unguessable
		// and fit a QR code well.
		this.inviteCode = Tokens.random("").substring(0, 32);
		this.createdAt = now;
	}

	public void describe(String name, ZoneId timeZone, Locale language, @Nullable Address address) {
		this.name = name;
		this.timeZone = timeZone.getId();
		this.language = language.toLanguageTag();
		this.address = address;
	}

	public void contacts(@Nullable Contact admin, @Nullable Contact finance, @Nullable Contact ordering) {
		this.adminContact = admin;
		this.financeContact = finance;
		this.orderingContact = ordering;
	}

	public void tradingContacts(Contact finance, Contact ordering) {
		this.financeContact = finance;
		this.orderingContact = ordering;
	}

	public void ediIdentities(List<EdiIdentity> identities) {
		this.ediIdentities.clear();
		this.ediIdentities.addAll(identities);
	}

	public void terms(@Nullable String version, @Nullable String url) {
		this.termsVersion = version;
		this.termsUrl = url;
	}

	public UUID id() {
		return this.id;
	}

	public String name() {
		return this.name;
	}

	public CompanyRole role() {
		return this.role;
	}

	public ZoneId timeZone() {
		return ZoneId.of(this.timeZone);
	}

	public Locale language() {
		return Locale.forLanguageTag(this.language);
	}

	public @Nullable Address address() {
		return this.address;
	}

	public @Nullable Contact adminContact() {
		return this.adminContact;
	}

	public @Nullable Contact financeContact() {
		return this.financeContact;
	}

	public @Nullable Contact orderingContact() {
		return this.orderingContact;
	}

	public List<EdiIdentity> ediIdentities() {
		return List.copyOf(this.ediIdentities);
	}

	public String inviteCode() {
		return this.inviteCode;
	}

	public @Nullable String termsVersion() {
		return this.termsVersion;
	}

	public @Nullable String termsUrl() {
		return this.termsUrl;
	}

}
