package io.tradehub.partner;

import java.time.DayOfWeek;
import java.util.Set;
import java.util.UUID;

/**
 * The settings of a connection its deadlines are computed from.
 *
 * @param connectionId the connection
 * @param answerWindowHours how long a request stays open for an answer
 * @param shippingWindowDays how many days of service the supplier has to ship an order
 * @param daysOfService the weekdays the supplier delivers to the customer; empty when
 * none are configured
 */
public record ConnectionTerms(UUID connectionId, int answerWindowHours, int shippingWindowDays,
		Set<DayOfWeek> daysOfService) {

	public ConnectionTerms {
		daysOfService = Set.copyOf(daysOfService);
	}

}
