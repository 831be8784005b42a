package io.tradehub.format.x12;

import java.time.LocalDate;
import java.util.List;

import io.tradehub.format.EdiSegment;
import org.jspecify.annotations.Nullable;

/**
 * Reads the DTM dates of a transaction set by their qualifier (DTM01), the date in DTM02.
 */
final class X12Dates {

	private X12Dates() {
	}

	static @Nullable LocalDate dtm(X12Transaction tx, List<EdiSegment> segments, String qualifier, String what) {
		return X12Transaction.first(segments, "DTM", qualifier)
			.map((dtm) -> X12Values.date(tx, dtm, 2, what))
			.orElse(null);
	}

}
