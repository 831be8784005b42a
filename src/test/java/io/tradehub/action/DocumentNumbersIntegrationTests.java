package io.tradehub.action;

import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import io.tradehub.document.DocumentType;
import io.tradehub.test.Fixtures.TestCompany;
import io.tradehub.test.HubIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A company's document numbers stay unique when several requests take the very first one
 * of a year at once, on one hub or several.
 */
class DocumentNumbersIntegrationTests extends HubIntegrationTest {

	private static final int REQUESTS = 8;

	@Autowired
	private DocumentNumbers numbers;

	@Test
	void requestsTakingTheFirstNumberOfTheYearAtOnceEachGetTheirOwn() {
		TestCompany supplier = this.fixtures.supplier("Numbered Supplier");
		CyclicBarrier start = new CyclicBarrier(REQUESTS);
		Set<String> taken = ConcurrentHashMap.newKeySet();

		List<CompletableFuture<Void>> requests = IntStream.range(0, REQUESTS)
			.mapToObj((request) -> CompletableFuture.runAsync(() -> {
				await(start);
				for (int i = 0; i < 5; i++) {
					assertThat(taken.add(this.numbers.next(supplier.id(), ZoneOffset.UTC, DocumentType.ORDER)))
						.isTrue();
				}
			}))
			.toList();
		requests.forEach(CompletableFuture::join);

		int year = Year.now(this.clock.withZone(ZoneOffset.UTC)).getValue();
		assertThat(taken).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, REQUESTS * 5)
			.mapToObj((n) -> DocumentNumbers.format("ORD", year, n))
			.toList());
	}

	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
