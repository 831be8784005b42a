package io.tradehub.format.x12;

import java.time.Clock;
import java.util.Currency;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

import io.tradehub.shared.HubIds;

/**
 * What the hub knows about an X12 interchange besides its content: the channel it came
 * by, the partner's currency for amounts without a CUR segment, the clock and where hub
 * ids come from.
 *
 * @param channel the channel it came in by, for the document's source
 * @param currency the currency of amounts the transaction set has no CUR segment for
 * @param clock when the hub accepted it
 * @param hubIds where hub ids come from; fixed in tests
 * @param qualifiers the codes the partner's sets use
 */
public record X12Context(String channel, Currency currency, Clock clock, Supplier<UUID> hubIds,
		X12Qualifiers qualifiers) {

	public X12Context {
		Objects.requireNonNull(channel, "channel");
		Objects.requireNonNull(currency, "currency");
		Objects.requireNonNull(clock, "clock");
		Objects.requireNonNull(hubIds, "hubIds");
		Objects.requireNonNull(qualifiers, "qualifiers");
	}

	/** A context with the standard codes. */
	public X12Context(String channel, Currency currency, Clock clock, Supplier<UUID> hubIds) {
		this(channel, currency, clock, hubIds, X12Qualifiers.STANDARD);
	}

	public X12Context withQualifiers(X12Qualifiers qualifiers) {
		return new X12Context(this.channel, this.currency, this.clock, this.hubIds, qualifiers);
	}

	/** Channel {@code edi}, amounts in US dollars, the system clock, new hub ids. */
	public static X12Context of(String channel) {
		return new X12Context(channel, Currency.getInstance("USD"), Clock.systemUTC(), HubIds::next);
	}

}
