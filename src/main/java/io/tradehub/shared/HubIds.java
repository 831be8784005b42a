package io.tradehub.shared;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Creates time-ordered identifiers (UUID version 7), so ids sort by creation and index
 * well.
 */
public final class HubIds {

	private static final SecureRandom RANDOM = new SecureRandom();

	private HubIds() {
	}

	public static UUID next() {
		long millis = System.currentTimeMillis();
		long randA = RANDOM.nextInt(1 << 12);
		long msb = (millis << 16) | (0x7L << 12) | randA;
		long lsb = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(msb, lsb);
	}

}
