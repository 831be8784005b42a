package io.tradehub.partner.profile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import io.tradehub.partner.AcknowledgementPolicy;
import io.tradehub.partner.ExchangeFormat;
import io.tradehub.partner.PartnerChanges;
import io.tradehub.partner.SyntaxId;
import io.tradehub.partner.TechnicalProfile;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
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
 * A company's technical profile as stored: one per company, keyed by the company.
 */
@Entity
@EntityListeners(PartnerChanges.class)
@Table(name = "technical_profile")
public class Profile {

	@Id
	private UUID companyId;

	private String partnerKey;

	@Enumerated(EnumType.STRING)
	private ExchangeFormat format;

	private @Nullable String csvLayout;

	@Enumerated(EnumType.STRING)
	private @Nullable SyntaxId syntaxId;

	private boolean testMode;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "technical_profile_inbound_channel", joinColumns = @JoinColumn(name = "company_id"))
	private List<ChannelGrant> inboundChannels = new ArrayList<>();

	private @Nullable String outboundChannel;

	@Enumerated(EnumType.STRING)
	private AcknowledgementPolicy.Level acknowledgement;

	@Enumerated(EnumType.STRING)
	private AcknowledgementPolicy.@Nullable Delivery acknowledgementDelivery;

	private Instant updatedAt;

	private String updatedBy;

	@Version
	private @Nullable Long version;

	protected Profile() {
	}

	Profile(UUID companyId) {
		this.companyId = companyId;
	}

	/** Takes the settings of a checked profile, recording who changed it. */
	void apply(TechnicalProfile profile, String by, Instant now) {
		this.partnerKey = profile.key();
		this.format = profile.format();
		this.csvLayout = profile.csvLayout();
		this.syntaxId = profile.syntaxId();
		this.testMode = profile.test();
		this.inboundChannels.clear();
		profile.inboundChannels().stream().map(ChannelGrant::of).forEach(this.inboundChannels::add);
		this.outboundChannel = profile.outboundChannel();
		this.acknowledgement = profile.acknowledgement().level();
		this.acknowledgementDelivery = profile.acknowledgement().delivery();
		this.updatedBy = by;
		this.updatedAt = now;
	}

	public UUID companyId() {
		return this.companyId;
	}

	public TechnicalProfile view() {
		// A bag comes back in any order; sorted, a GET answers the same every time.
		return new TechnicalProfile(this.partnerKey, this.format, this.csvLayout, this.syntaxId, this.testMode,
				this.inboundChannels.stream()
					.map(ChannelGrant::channel)
					.sorted(Comparator.comparing(channel -> channel.routeId()))
					.toList(),
				this.outboundChannel, new AcknowledgementPolicy(this.acknowledgement, this.acknowledgementDelivery));
	}

}
