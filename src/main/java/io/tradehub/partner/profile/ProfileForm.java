package io.tradehub.partner.profile;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A technical profile as a company sends it; {@link ProfileService} checks what depends
 * on more than one field and fills in the defaults.
 *
 * @param key the slug integrators name the company by in {@code routes/} and
 * {@code mappings/partners/}
 * @param format what the hub writes to the company
 * @param csvLayout the layout under {@code mappings/csv}, for CSV only
 * @param syntaxId for EDIFACT only; UNOC when left out
 * @param test whether its interchanges are test interchanges; false when left out
 * @param inboundChannels the routes it sends through (HTTP with its API tokens needs no
 * entry)
 * @param outboundChannel the route its documents go to; left out, it reads them in the
 * portal
 * @param acknowledgement what it gets back for what it sends; none when left out
 */
public record ProfileForm(
		@NotBlank @Size(max = 60) @Pattern(regexp = SLUG, message = "{tradehub.partner.key}") String key,
		@NotBlank @Pattern(regexp = "EDIFACT_D96A|EDIFACT_D01B|X12_4010|X12_5010|CSV|XML|JSON",
				message = "{tradehub.exchange.format}") String format,
		@Nullable @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*",
				message = "{tradehub.csv.layout}") String csvLayout,
		@Nullable @Pattern(regexp = "UNOA|UNOB|UNOC|UNOW", message = "{tradehub.syntax.id}") String syntaxId,
		@Nullable Boolean test, @Nullable @Size(max = 20) List<@Valid @NotNull Channel> inboundChannels,
		@Nullable @Size(max = 100) @Pattern(regexp = SLUG, message = ROUTE_ID) String outboundChannel,
		@Valid @Nullable Acknowledgement acknowledgement) {

	static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

	static final String ROUTE_ID = "must be a route id of routes/: lower-case letters and digits, words joined by '-', such as bistro-lumen-sftp-in";

	public List<Channel> channels() {
		return (this.inboundChannels == null) ? List.of() : this.inboundChannels;
	}

	/**
	 * A channel the company sends through.
	 *
	 * @param routeId the route id of the channel
	 * @param identity the mail From address, SFTP user or queue name the channel must
	 * report; left out when the route alone proves the sender
	 */
	public record Channel(@NotBlank @Size(max = 100) @Pattern(regexp = SLUG, message = ROUTE_ID) String routeId,
			@Nullable @Size(max = 254) @Pattern(regexp = "[\\x20-\\x7E]*",
					message = "{tradehub.ascii.printable}") String identity) {
	}

	/**
	 * What comes back for each interchange the company sends.
	 *
	 * @param level NONE, SYNTAX or APPLICATION
	 * @param delivery OUTBOUND_CHANNEL or REPLY; left out, the outbound channel if the
	 * company has one, else the reply
	 */
	public record Acknowledgement(
			@NotBlank @Pattern(regexp = "NONE|SYNTAX|APPLICATION",
					message = "{tradehub.acknowledgement.level}") String level,
			@Nullable @Pattern(regexp = "OUTBOUND_CHANNEL|REPLY",
					message = "{tradehub.acknowledgement.route}") String delivery) {
	}

}
