package io.tradehub.partner.connection;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.tradehub.partner.ConnectionStatus;
import io.tradehub.partner.PartnerChanges;
import io.tradehub.shared.HubIds;
import io.tradehub.shared.IllegalTransitionException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import static io.tradehub.partner.ConnectionStatus.ACTIVE;
import static io.tradehub.partner.ConnectionStatus.APPROVED_INACTIVE;
import static io.tradehub.partner.ConnectionStatus.DEACTIVATED;
import static io.tradehub.partner.ConnectionStatus.ONBOARDING;
import static io.tradehub.partner.ConnectionStatus.PENDING;
import static io.tradehub.partner.ConnectionStatus.REJECTED;

/**
 * A partnership between a supplier and a customer. It owns its lifecycle: every change of
 * status goes through a guarded method that refuses the wrong starting state and records
 * who, when and why.
 */
@Entity
@EntityListeners(PartnerChanges.class)
@Table(name = "connection")
public class Connection {

	@Id
	private UUID id;

	private UUID supplierId;

	private UUID customerId;

	@Enumerated(EnumType.STRING)
	private ConnectionStatus status;

	@Enumerated(EnumType.STRING)
	private ConnectionOrigin origin;

	private @Nullable String requestMessage;

	private @Nullable String priceType;

	@Column(precision = 9, scale = 4)
	private BigDecimal markupPercent;

	@Enumerated(EnumType.STRING)
	private Visibility visibility;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "connection_product_rule", joinColumns = @JoinColumn(name = "connection_id"))
	@Column(name = "sku")
	private Set<String> products = new HashSet<>();

	private boolean orderCreationAllowed;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "connection_day_of_service", joinColumns = @JoinColumn(name = "connection_id"))
	@MapKeyColumn(name = "day_of_week")
	@MapKeyEnumerated(EnumType.STRING)
	@Column(name = "carrier")
	private Map<DayOfWeek, String> daysOfService = new EnumMap<>(DayOfWeek.class);

	private int answerWindowHours;

	private int shippingWindowDays;

	private @Nullable String termsVersion;

	private @Nullable Instant termsAcceptedAt;

	private @Nullable String termsAcceptedBy;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "connection_id", nullable = false, updatable = false)
	@OrderBy("at")
	private List<ConnectionTransition> transitions = new ArrayList<>();

	private Instant createdAt;

	@Version
	private @Nullable Long version;

	protected Connection() {
	}

	Connection(UUID supplierId, UUID customerId, ConnectionOrigin origin, @Nullable String requestMessage, Actor by,
			Instant now) {
		this.id = HubIds.next();
		this.supplierId = supplierId;
		this.customerId = customerId;
		this.origin = origin;
		this.requestMessage = requestMessage;
		this.createdAt = now;
		configure(ConnectionSettings.defaults());
		this.status = PENDING;
		this.transitions.add(new ConnectionTransition("request", null, PENDING, by, requestMessage, now));
	}

	/** An existing customer asks again after a rejection. */
	void requestAgain(@Nullable String message, Actor by, Instant now) {
		this.requestMessage = message;
		move("request", PENDING, by, message, now, REJECTED);
	}

	void accept(Actor by, Instant now) {
		move("accept", ACTIVE, by, null, now, PENDING);
	}

	void acceptWithOnboarding(ConnectionSettings settings, Actor by, Instant now) {
		move("accept-with-onboarding", ONBOARDING, by, null, now, PENDING);
		configure(settings);
	}

	void completeOnboarding(String termsVersion, Actor by, Instant now) {
		move("complete-onboarding", ACTIVE, by, null, now, ONBOARDING);
		this.termsVersion = termsVersion;
		this.termsAcceptedAt = now;
		this.termsAcceptedBy = by.name();
	}

	void approve(Actor by, Instant now) {
		move("approve", APPROVED_INACTIVE, by, null, now, PENDING);
	}

	void activate(ConnectionSettings settings, Actor by, Instant now) {
		move("activate", ACTIVE, by, null, now, APPROVED_INACTIVE);
		configure(settings);
	}

	void reject(@Nullable String reason, Actor by, Instant now) {
		move("reject", REJECTED, by, reason, now, PENDING, ONBOARDING, APPROVED_INACTIVE);
	}

	void deactivate(@Nullable String reason, Actor by, Instant now) {
		move("deactivate", DEACTIVATED, by, reason, now, ACTIVE);
	}

	void reactivate(Actor by, Instant now) {
		move("reactivate", ACTIVE, by, null, now, DEACTIVATED);
	}

	void configure(ConnectionSettings settings) {
		this.priceType = settings.priceType();
		this.markupPercent = settings.markupPercent();
		this.visibility = settings.visibility();
		this.products.clear();
		this.products.addAll(settings.products());
		this.orderCreationAllowed = settings.orderCreationAllowed();
		this.daysOfService.clear();
		this.daysOfService.putAll(settings.daysOfService());
		this.answerWindowHours = settings.answerWindowHours();
		this.shippingWindowDays = settings.shippingWindowDays();
	}

	private void move(String action, ConnectionStatus to, Actor by, @Nullable String reason, Instant now,
			ConnectionStatus... allowedFrom) {
		if (!List.of(allowedFrom).contains(this.status)) {
			throw new IllegalTransitionException("connection " + this.id, this.status, action);
		}
		this.transitions.add(new ConnectionTransition(action, this.status, to, by, reason, now));
		this.status = to;
	}

	public ConnectionSettings settings() {
		return new ConnectionSettings(this.priceType, this.markupPercent, this.visibility, this.products,
				this.orderCreationAllowed, this.daysOfService, this.answerWindowHours, this.shippingWindowDays);
	}

	public UUID id() {
		return this.id;
	}

	public UUID supplierId() {
		return this.supplierId;
	}

	public UUID customerId() {
		return this.customerId;
	}

	public ConnectionStatus status() {
		return this.status;
	}

	public ConnectionOrigin origin() {
		return this.origin;
	}

	public @Nullable String requestMessage() {
		return this.requestMessage;
	}

	public @Nullable String termsVersion() {
		return this.termsVersion;
	}

	public @Nullable Instant termsAcceptedAt() {
		return this.termsAcceptedAt;
	}

	public @Nullable String termsAcceptedBy() {
		return this.termsAcceptedBy;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	List<ConnectionTransition> transitions() {
		return List.copyOf(this.transitions);
	}

}
