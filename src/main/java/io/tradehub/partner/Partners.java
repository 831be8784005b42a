package io.tradehub.partner;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.tradehub.partner.InterchangeIdentities.Held;
import io.tradehub.partner.company.Company;
import io.tradehub.partner.company.CompanyRepository;
import io.tradehub.partner.connection.Connection;
import io.tradehub.partner.connection.ConnectionRepository;
import io.tradehub.partner.connection.ConnectionSettings;
import io.tradehub.partner.profile.Profile;
import io.tradehub.partner.profile.ProfileRepository;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * What the pipeline needs to know of the partner network: who sent an interchange, how a
 * company exchanges files, and whether two companies trade. It reads only, and it is the
 * hub's own view, not scoped to a caller: never hand its answers to a partner unchecked.
 * Its answers are cached for a moment ({@link PartnerCache}): the pipeline asks the same
 * questions for every document. That is also why its methods open no transaction of their
 * own: an answer from the cache needs none, and each load is one or two repository calls
 * on eagerly fetched rows.
 */
@Service
public class Partners {

	private final CompanyRepository companies;

	private final ConnectionRepository connections;

	private final ProfileRepository profiles;

	private final PartnerCache cache;

	Partners(CompanyRepository companies, ConnectionRepository connections, ProfileRepository profiles,
			PartnerCache cache) {
		this.companies = companies;
		this.connections = connections;
		this.profiles = profiles;
		this.cache = cache;
	}

	/**
	 * The company an interchange identity names, as the format readers give it:
	 * {@code qualifier:id} such as {@code 14:4012345000009}, {@code 01:123456789} or
	 * {@code ZZ:ACME}. How qualifiers are read is in {@link InterchangeIdentities}; in
	 * short, {@code 14}/{@code GLN}/{@code UL} are GLNs,
	 * {@code 1}/{@code 01}/{@code DUNS} are DUNS numbers, {@code ZZ}/{@code ZZZ} (or no
	 * qualifier) are mutually defined and match any other qualifier with that id, and an
	 * identity two companies could hold answers nothing.
	 */
	public Optional<PartnerView> byInterchangeIdentity(String identity) {
		return this.cache.get(new PartnerCache.Key("identity", identity), () -> loadByInterchangeIdentity(identity));
	}

	private Optional<PartnerView> loadByInterchangeIdentity(String identity) {
		String id = InterchangeIdentities.identifier(identity);
		if (id.isEmpty()) {
			return Optional.empty();
		}
		List<Company> holders = this.companies.findByEdiIdentifier(id);
		List<Held> held = holders.stream()
			.flatMap(company -> company.ediIdentities()
				.stream()
				.map(edi -> new Held(company.id(), edi.qualifier(), edi.identifier())))
			.toList();
		return InterchangeIdentities.match(identity, held)
			.flatMap(companyId -> holders.stream().filter(company -> company.id().equals(companyId)).findFirst())
			.map(this::view);
	}

	/**
	 * The company whose technical profile has that key, as route templates and partner
	 * mappings name it.
	 */
	public Optional<PartnerView> byKey(String key) {
		return this.cache.get(new PartnerCache.Key("key", key),
				() -> this.profiles.findByPartnerKey(key).flatMap(profile -> byId(profile.companyId())));
	}

	public Optional<PartnerView> byId(UUID companyId) {
		return this.cache.get(new PartnerCache.Key("id", companyId),
				() -> this.companies.findById(companyId).map(this::view));
	}

	/**
	 * The one company that may send through the route with that channel identity (mail
	 * From address, SFTP user, queue name); empty when no company or, against the
	 * profiles' checks, several may.
	 */
	public Optional<PartnerView> byInboundChannel(String routeId, @Nullable String channelIdentity) {
		return this.cache.get(new PartnerCache.Key("inboundChannel", routeId, channelIdentity),
				() -> loadByInboundChannel(routeId, channelIdentity));
	}

	private Optional<PartnerView> loadByInboundChannel(String routeId, @Nullable String channelIdentity) {
		List<UUID> senders = this.profiles.findByInboundRoute(routeId)
			.stream()
			.filter(profile -> profile.view().admits(routeId, channelIdentity))
			.map(Profile::companyId)
			.toList();
		return (senders.size() == 1) ? byId(senders.get(0)) : Optional.empty();
	}

	/**
	 * The connection between two companies, whichever of them supplies. Two companies
	 * that both supply and buy may hold one connection each way: then the active one
	 * wins, and if both or neither are active, the one where {@code companyA} supplies.
	 * Use {@link #supply(UUID, UUID)} when the document says who supplies.
	 */
	public Optional<ConnectionState> connection(UUID companyA, UUID companyB) {
		Optional<ConnectionState> aSupplies = supply(companyA, companyB);
		Optional<ConnectionState> bSupplies = supply(companyB, companyA);
		if (aSupplies.isPresent() && bSupplies.isPresent()) {
			return (bSupplies.get().active() && !aSupplies.get().active()) ? bSupplies : aSupplies;
		}
		return aSupplies.or(() -> bSupplies);
	}

	/**
	 * The one company this company trades with over an ACTIVE connection; empty when it
	 * has none or several. It stands in for the receiver of a file that names none (a
	 * customer's CSV order).
	 */
	public Optional<PartnerView> soleActivePartner(UUID companyId) {
		return this.cache.get(new PartnerCache.Key("soleActivePartner", companyId),
				() -> loadSoleActivePartner(companyId));
	}

	private Optional<PartnerView> loadSoleActivePartner(UUID companyId) {
		List<UUID> partners = this.connections.findVisible(companyId, ConnectionStatus.ACTIVE)
			.stream()
			.map(connection -> connection.supplierId().equals(companyId) ? connection.customerId()
					: connection.supplierId())
			.distinct()
			.toList();
		return (partners.size() == 1) ? byId(partners.get(0)) : Optional.empty();
	}

	/**
	 * The companies this company has a connection with, in any state, by name: what its
	 * staff may filter their requests and orders by.
	 */
	public List<PartnerView> partnersOf(UUID companyId) {
		return this.connections.findVisible(companyId, (ConnectionStatus) null)
			.stream()
			.map(connection -> connection.supplierId().equals(companyId) ? connection.customerId()
					: connection.supplierId())
			.distinct()
			.map(this::byId)
			.flatMap(Optional::stream)
			.sorted(Comparator.comparing(PartnerView::name))
			.toList();
	}

	/** The settings of a connection that its deadlines are computed from. */
	public Optional<ConnectionTerms> terms(UUID connectionId) {
		return this.cache.get(new PartnerCache.Key("terms", connectionId),
				() -> this.connections.findById(connectionId).map(Partners::terms));
	}

	/** The connection in which one company supplies the other. */
	public Optional<ConnectionState> supply(UUID supplierId, UUID customerId) {
		return this.cache.get(new PartnerCache.Key("supply", supplierId, customerId),
				() -> this.connections.findBySupplierIdAndCustomerId(supplierId, customerId).map(Partners::state));
	}

	/**
	 * The terms of the connection in which one company supplies the other that decide the
	 * customer's catalog: price list, markup and visibility.
	 */
	public Optional<CatalogTerms> catalogTerms(UUID supplierId, UUID customerId) {
		return this.cache.get(new PartnerCache.Key("catalogTerms", supplierId, customerId),
				() -> this.connections.findBySupplierIdAndCustomerId(supplierId, customerId)
					.map(Partners::catalogTerms));
	}

	private PartnerView view(Company company) {
		TechnicalProfile profile = this.profiles.findById(company.id()).map(Profile::view).orElse(null);
		return new PartnerView(company.id(), company.name(), PartnerRole.valueOf(company.role().name()),
				company.timeZone(), company.language(),
				company.ediIdentities()
					.stream()
					.map(identity -> new PartnerIdentity(identity.qualifier(), identity.identifier()))
					.toList(),
				profile);
	}

	private static ConnectionTerms terms(Connection connection) {
		ConnectionSettings settings = connection.settings();
		return new ConnectionTerms(connection.id(), settings.answerWindowHours(), settings.shippingWindowDays(),
				settings.daysOfService().keySet());
	}

	private static CatalogTerms catalogTerms(Connection connection) {
		ConnectionSettings settings = connection.settings();
		return new CatalogTerms(connection.id(), connection.status(), settings.priceType(), settings.markupPercent(),
				CatalogTerms.Visibility.valueOf(settings.visibility().name()), settings.products());
	}

	private static ConnectionState state(Connection connection) {
		return new ConnectionState(connection.id(), connection.supplierId(), connection.customerId(),
				connection.status(), connection.settings().orderCreationAllowed());
	}

}
