package io.tradehub.format.x12;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.tradehub.document.ProductRef;
import io.tradehub.format.EdiSegment;
import io.tradehub.format.ParseProblem.Kind;
import org.jspecify.annotations.Nullable;

/**
 * Reads what the line segments (PO1, LIN) share: the product from the qualifier/id pairs
 * with its PID description, and the line numbers.
 */
final class X12Lines {

	/** Nine digits at most, so the number fits an int. */
	private static final Pattern LINE_NUMBER = Pattern.compile("\\d{1,9}");

	private X12Lines() {
	}

	/**
	 * The product of the qualifier/id pairs from {@code firstPair} on: GTIN (UP, EN, UK,
	 * UA), SKU (VN, VP, SK), buyer's code (BP, IN, CB); the first of each kind wins.
	 * @param description the following PID*F's PID05, or null
	 */
	static @Nullable ProductRef product(X12Transaction tx, EdiSegment segment, int firstPair,
			@Nullable String description) {
		String gtin = null;
		String sku = null;
		String buyerCode = null;
		for (int element = firstPair; element < segment.elements().size(); element += 2) {
			String qualifier = X12Transaction.text(segment, element);
			String id = X12Transaction.text(segment, element + 1);
			if (qualifier == null || id == null) {
				continue;
			}
			switch (qualifier) {
				case "UP", "EN", "UK", "UA" -> gtin = (gtin != null) ? gtin : id;
				case "VN", "VP", "SK" -> sku = (sku != null) ? sku : id;
				case "BP", "IN", "CB" -> buyerCode = (buyerCode != null) ? buyerCode : id;
				default -> {
				}
			}
		}
		if (gtin == null && sku == null && buyerCode == null) {
			tx.problem(Kind.MISSING_ELEMENT, segment, firstPair + 1,
					segment.tag() + " has no product id the hub reads: give a GTIN (UP, EN, UK), a SKU (VN) or the"
							+ " buyer's code (BP) as a qualifier/id pair from "
							+ X12Transaction.reference(segment, firstPair));
			return null;
		}
		return new ProductRef(sku, gtin, buyerCode, description);
	}

	/**
	 * PID05 of the first PID*F among the segments after a line segment, up to the next
	 * one.
	 */
	static @Nullable String description(List<EdiSegment> following) {
		for (EdiSegment segment : following) {
			if (segment.tag().equals("PID") && segment.value(1).strip().equals("F")) {
				return X12Transaction.text(segment, 5);
			}
		}
		return null;
	}

	/**
	 * The line numbers as sent when each is a distinct positive number, else 1, 2, 3 in
	 * order (X12 line ids are free text and often left out).
	 */
	static List<Integer> numbers(List<@Nullable String> sent) {
		List<Integer> numbers = new ArrayList<>();
		Set<Integer> seen = new HashSet<>();
		for (String value : sent) {
			Integer number = positive(value);
			if (number == null || !seen.add(number)) {
				List<Integer> sequence = new ArrayList<>();
				for (int i = 1; i <= sent.size(); i++) {
					sequence.add(i);
				}
				return sequence;
			}
			numbers.add(number);
		}
		return numbers;
	}

	static @Nullable Integer positive(@Nullable String value) {
		if (value == null || !LINE_NUMBER.matcher(value).matches()) {
			return null;
		}
		int number = Integer.parseInt(value);
		return (number > 0) ? number : null;
	}

	/**
	 * The segments after index {@code from} up to the next segment with one of the tags.
	 */
	static List<EdiSegment> until(List<EdiSegment> segments, int from, Set<String> tags) {
		int end = from + 1;
		while (end < segments.size() && !tags.contains(segments.get(end).tag())) {
			end++;
		}
		return segments.subList(from + 1, end);
	}

}
