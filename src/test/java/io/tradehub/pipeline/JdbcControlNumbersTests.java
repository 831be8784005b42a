package io.tradehub.pipeline;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.tradehub.format.ControlNumbers;
import io.tradehub.format.ControlNumbers.Kind;
import io.tradehub.test.HubIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Control numbers from the database are unique and increasing per partner and kind, even
 * when several deliveries take them at once.
 */
class JdbcControlNumbersTests extends HubIntegrationTest {

	@Autowired
	ControlNumbers numbers;

	@Test
	void eachPartnerAndKindCountsFromOne() {
		assertThat(this.numbers.next("14:4000000000001", Kind.INTERCHANGE)).isEqualTo(1);
		assertThat(this.numbers.next("14:4000000000001", Kind.INTERCHANGE)).isEqualTo(2);
		assertThat(this.numbers.next("14:4000000000001", Kind.MESSAGE)).isEqualTo(1);
		assertThat(this.numbers.next("ZZ:OTHER", Kind.INTERCHANGE)).isEqualTo(1);
	}

	@Test
	void numbersTakenConcurrentlyAreNeverHandedOutTwice() throws Exception {
		Set<Long> seen = ConcurrentHashMap.newKeySet();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> work = java.util.stream.IntStream.range(0, 4).mapToObj((thread) -> pool.submit(() -> {
				for (int i = 0; i < 50; i++) {
					assertThat(seen.add(this.numbers.next("ZZ:BUSY", Kind.GROUP))).isTrue();
				}
			})).<Future<?>>map((future) -> future).toList();
			for (Future<?> future : work) {
				future.get();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(seen).hasSize(200).allMatch((value) -> value >= 1 && value <= 200);
	}

}
