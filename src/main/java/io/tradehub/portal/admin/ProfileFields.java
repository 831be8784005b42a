package io.tradehub.portal.admin;

import java.util.List;
import java.util.stream.Collectors;

import io.tradehub.partner.AcknowledgementPolicy;
import io.tradehub.partner.TechnicalProfile;
import io.tradehub.partner.profile.ProfileForm;
import io.tradehub.portal.FormChecks;
import org.jspecify.annotations.Nullable;

/**
 * The technical profile form as typed. Inbound channels are one a line: the route id,
 * then, apart by a blank, the identity the channel must report, if any.
 */
record ProfileFields(@Nullable String key, @Nullable String format, @Nullable String csvLayout,
		@Nullable String syntaxId, @Nullable Boolean test, @Nullable String inboundChannels,
		@Nullable String outboundChannel, @Nullable String acknowledgementLevel,
		@Nullable String acknowledgementDelivery) {

	static ProfileFields empty() {
		return new ProfileFields(null, "JSON", null, null, false, null, null, "NONE", null);
	}

	static ProfileFields of(TechnicalProfile profile) {
		AcknowledgementPolicy ack = profile.acknowledgement();
		return new ProfileFields(profile.key(), profile.format().name(), profile.csvLayout(),
				(profile.syntaxId() != null) ? profile.syntaxId().name() : null, profile.test(),
				profile.inboundChannels()
					.stream()
					.map(channel -> channel.routeId() + ((channel.identity() != null) ? " " + channel.identity() : ""))
					.collect(Collectors.joining("\n")),
				profile.outboundChannel(), ack.level().name(), (ack.delivery() != null) ? ack.delivery().name() : null);
	}

	ProfileForm profile() {
		List<ProfileForm.Channel> channels = FormChecks.lines(this.inboundChannels).stream().map(line -> {
			String[] parts = line.split("\\s+", 2);
			return new ProfileForm.Channel(parts[0], (parts.length > 1) ? parts[1] : null);
		}).toList();
		String level = FormChecks.blankToNull(this.acknowledgementLevel);
		return new ProfileForm((this.key == null) ? "" : this.key.strip(), (this.format == null) ? "" : this.format,
				FormChecks.blankToNull(this.csvLayout), FormChecks.blankToNull(this.syntaxId),
				Boolean.TRUE.equals(this.test), channels, FormChecks.blankToNull(this.outboundChannel),
				(level == null) ? null
						: new ProfileForm.Acknowledgement(level, FormChecks.blankToNull(this.acknowledgementDelivery)));
	}

}
