package io.tradehub.portal.partners;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.Map;
import java.util.Set;

import io.tradehub.partner.connection.ConnectionSettings;
import io.tradehub.partner.connection.Visibility;
import io.tradehub.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/**
 * The connection page's forms read as the API's records: a carrier per weekday, a markup
 * in either decimal notation, and words where a number belongs named by their field.
 */
class TermsFormTests {

	private static final ConnectionSettings CURRENT = new ConnectionSettings("BASIC", new BigDecimal("5"),
			Visibility.DENY_LIST, Set.of("OLD-1"), true, Map.of(DayOfWeek.FRIDAY, "DHL"), 24, 2);

	@Test
	void anActivationTakesTheWeekdaysWithACarrierOnly() {
		TermsForm form = new TermsForm(Map.of("priceType", " WHOLESALE ", "markupPercent", "12,5", "day.MONDAY",
				"DHL Freight", "day.TUESDAY", "  ", "_csrf", "token"));

		var activation = form.activation();

		assertThat(activation.priceType()).isEqualTo("WHOLESALE");
		assertThat(activation.markupPercent()).isEqualByComparingTo("12.5");
		assertThat(activation.daysOfService()).containsExactly(entry(DayOfWeek.MONDAY, "DHL Freight"));
	}

	@Test
	void acceptingWithOnboardingKeepsWhatTheFormDoesNotCarry() {
		ConnectionSettings settings = new TermsForm(
				Map.of("priceType", "RETAIL", "markupPercent", "10", "day.TUESDAY", "Own van"))
			.settings(CURRENT);

		assertThat(settings.priceType()).isEqualTo("RETAIL");
		assertThat(settings.visibility()).isEqualTo(Visibility.DENY_LIST);
		assertThat(settings.products()).containsExactly("OLD-1");
		assertThat(settings.daysOfService()).containsExactly(entry(DayOfWeek.TUESDAY, "Own van"));
	}

	@Test
	void acceptingWithOnboardingNeedsNoPriceListNorDays() {
		ConnectionSettings settings = new TermsForm(Map.of("priceType", " ", "markupPercent", "0")).settings(CURRENT);

		assertThat(settings.priceType()).isNull();
		assertThat(settings.daysOfService()).isEmpty();
	}

	@Test
	void theSettingsFormReadsAnUntickedBoxAsNoAndAListOfSkus() {
		ConnectionSettings settings = new TermsForm(Map.of("priceType", "", "markupPercent", "0", "visibility",
				"ALLOW_LIST", "products", "A-1, B-2\nC-3", "answerWindowHours", "48", "shippingWindowDays", "3"))
			.settings();

		assertThat(settings.priceType()).isNull();
		assertThat(settings.orderCreationAllowed()).isFalse();
		assertThat(settings.products()).containsExactly("A-1", "B-2", "C-3");
		assertThat(settings.answerWindowHours()).isEqualTo(48);
	}

	@Test
	void wordsWhereANumberBelongsAreNamedByTheirField() {
		assertThatThrownBy(() -> new TermsForm(Map.of("priceType", "X", "markupPercent", "lots")).activation())
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.problems()).singleElement()
				.satisfies(problem -> assertThat(problem.field()).isEqualTo("markupPercent")));
		assertThatThrownBy(() -> new TermsForm(Map.of("markupPercent", "1", "visibility", "ALL", "answerWindowHours",
				"a day", "shippingWindowDays", "2"))
			.settings()).isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems().get(0).field()).isEqualTo("answerWindowHours"));
	}

	@Test
	void aFormShownAgainKeepsWhatWasTypedOverTheCurrentSettings() {
		TermsForm shown = new TermsForm(Map.of("markupPercent", "lots")).over(TermsForm.of(CURRENT));

		assertThat(shown.get("markupPercent")).isEqualTo("lots");
		assertThat(shown.get("priceType")).isEqualTo("BASIC");
		assertThat(shown.get("day.FRIDAY")).isEqualTo("DHL");
	}

}
