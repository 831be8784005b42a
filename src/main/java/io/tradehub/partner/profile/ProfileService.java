package io.tradehub.partner.profile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.tradehub.partner.AcknowledgementPolicy;
import io.tradehub.partner.AcknowledgementPolicy.Delivery;
import io.tradehub.partner.AcknowledgementPolicy.Level;
import io.tradehub.partner.ExchangeFormat;
import io.tradehub.partner.InboundChannel;
import io.tradehub.partner.SyntaxId;
import io.tradehub.partner.TechnicalProfile;
import io.tradehub.partner.connection.ConnectionService;
import io.tradehub.partner.profile.ProfileForm.Channel;
import io.tradehub.shared.Caller;
import io.tradehub.shared.InvalidInputException;
import io.tradehub.shared.InvalidInputException.FieldProblem;
import io.tradehub.shared.NotFoundException;
import io.tradehub.shared.Privilege;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each company's technical profile: the caller's own, read and written with the
 * integration privilege, and its partners', read through a connection.
 */
@Service
public class ProfileService {

	/**
	 * Where CSV layouts live, relative to the hub's working directory as for the dry run.
	 */
	private static final Path MAPPINGS = Path.of("mappings");

	private final ProfileRepository profiles;

	private final ConnectionService connections;

	private final Clock clock;

	ProfileService(ProfileRepository profiles, ConnectionService connections, Clock clock) {
		this.profiles = profiles;
		this.connections = connections;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public TechnicalProfile own(Caller caller) {
		caller.require(Privilege.INTEGRATION);
		return get(caller.companyId());
	}

	/**
	 * The profile of the other company on one of the caller's connections.
	 */
	@Transactional(readOnly = true)
	public TechnicalProfile ofPartner(Caller caller, UUID connectionId) {
		if (!caller.has(Privilege.CONNECTIONS)) {
			caller.require(Privilege.INTEGRATION);
		}
		return get(this.connections.partnerOf(caller, connectionId));
	}

	@Transactional
	public TechnicalProfile save(Caller caller, ProfileForm form) {
		caller.require(Privilege.INTEGRATION);
		UUID companyId = caller.companyId();
		TechnicalProfile profile = checked(form, companyId);
		Profile stored = this.profiles.findById(companyId).orElseGet(() -> new Profile(companyId));
		stored.apply(profile, caller.name(), this.clock.instant());
		return this.profiles.save(stored).view();
	}

	private TechnicalProfile get(UUID companyId) {
		return this.profiles.findById(companyId)
			.map(Profile::view)
			.orElseThrow(() -> new NotFoundException("technical profile of company", companyId));
	}

	/**
	 * The profile the form describes, or every problem of it that single fields do not
	 * show: combinations, names taken by other companies, layouts that do not exist.
	 */
	private TechnicalProfile checked(ProfileForm form, UUID companyId) {
		List<FieldProblem> problems = new ArrayList<>();
		ExchangeFormat format = ExchangeFormat.valueOf(form.format());
		this.profiles.findByPartnerKey(form.key())
			.filter(other -> !other.companyId().equals(companyId))
			.ifPresent(other -> problems.add(new FieldProblem("key", "is taken by another company; choose another")));
		String layout = form.csvLayout();
		if (format == ExchangeFormat.CSV && layout == null) {
			problems.add(new FieldProblem("csvLayout", "is required for CSV: name a layout of mappings/csv"));
		}
		else if (format != ExchangeFormat.CSV && layout != null) {
			problems.add(new FieldProblem("csvLayout", "applies to the CSV format only"));
		}
		else if (layout != null && !layoutExists(layout, form.key())) {
			problems.add(new FieldProblem("csvLayout",
					"names no layout in mappings/csv or mappings/partners/" + form.key() + "/csv"));
		}
		if (form.syntaxId() != null && !format.edifact()) {
			problems.add(new FieldProblem("syntaxId", "applies to the EDIFACT formats only"));
		}
		List<InboundChannel> channels = channels(form.channels(), companyId, problems);
		AcknowledgementPolicy acknowledgement = acknowledgement(form, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		SyntaxId syntax = format.edifact()
				? ((form.syntaxId() != null) ? SyntaxId.valueOf(form.syntaxId()) : SyntaxId.UNOC) : null;
		return new TechnicalProfile(form.key(), format, layout, syntax, Boolean.TRUE.equals(form.test()), channels,
				form.outboundChannel(), acknowledgement);
	}

	private List<InboundChannel> channels(List<Channel> given, UUID companyId, List<FieldProblem> problems) {
		List<InboundChannel> channels = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < given.size(); i++) {
			String field = "inboundChannels[" + i + "]";
			Channel channel = given.get(i);
			String identity = (channel.identity() == null || channel.identity().isBlank()) ? null
					: channel.identity().strip();
			if (TechnicalProfile.HTTP.equals(channel.routeId())) {
				problems.add(new FieldProblem(field + ".routeId",
						"need not be listed: the company's API tokens send over HTTP"));
			}
			else if (!seen.add(channel.routeId())) {
				problems.add(new FieldProblem(field + ".routeId", "is listed twice"));
			}
			else {
				String clash = clash(channel.routeId(), identity, companyId);
				if (clash != null) {
					problems.add(new FieldProblem(field + ".identity", clash));
				}
			}
			channels.add(new InboundChannel(channel.routeId(), identity));
		}
		return channels;
	}

	/**
	 * Why another company's use of the route would leave the hub unable to tell who sent
	 * a file, or null when it would not.
	 */
	private @Nullable String clash(String routeId, @Nullable String identity, UUID companyId) {
		List<InboundChannel> others = this.profiles.findByInboundRoute(routeId)
			.stream()
			.filter(other -> !other.companyId().equals(companyId))
			.flatMap(other -> other.view().inboundChannels().stream())
			.filter(channel -> channel.routeId().equals(routeId))
			.toList();
		if (others.isEmpty()) {
			return null;
		}
		if (identity == null) {
			return "is required: another company sends through " + routeId + " too, so the channel identity must"
					+ " tell the senders apart";
		}
		if (others.stream().anyMatch(other -> other.identity() == null)) {
			return "cannot share " + routeId + ": another company sends through it without a channel identity";
		}
		if (others.stream().anyMatch(other -> identity.equalsIgnoreCase(other.identity()))) {
			return "is another company's on " + routeId;
		}
		return null;
	}

	private static AcknowledgementPolicy acknowledgement(ProfileForm form, List<FieldProblem> problems) {
		ProfileForm.Acknowledgement given = form.acknowledgement();
		if (given == null || Level.valueOf(given.level()) == Level.NONE) {
			return AcknowledgementPolicy.NONE;
		}
		Delivery delivery = (given.delivery() != null) ? Delivery.valueOf(given.delivery())
				: (form.outboundChannel() != null) ? Delivery.OUTBOUND_CHANNEL : Delivery.REPLY;
		if (delivery == Delivery.OUTBOUND_CHANNEL && form.outboundChannel() == null) {
			problems.add(new FieldProblem("outboundChannel",
					"is required when acknowledgements go to the outbound channel"));
		}
		return new AcknowledgementPolicy(Level.valueOf(given.level()), delivery);
	}

	private static boolean layoutExists(String layout, String key) {
		String file = layout + ".properties";
		return Files.isRegularFile(MAPPINGS.resolve("csv").resolve(file))
				|| Files.isRegularFile(MAPPINGS.resolve("partners").resolve(key).resolve("csv").resolve(file));
	}

}
