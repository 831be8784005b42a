package io.tradehub.portal.admin;

import java.math.BigDecimal;
import java.util.List;

import io.tradehub.catalog.TierForm;
import io.tradehub.partner.company.CompanyDetails;
import io.tradehub.partner.company.EdiIdentity;
import io.tradehub.partner.profile.ProfileForm;
import io.tradehub.shared.InvalidInputException;
import io.tradehub.shared.InvalidInputException.FieldProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the admin pages make of their forms' text before a service judges it: lines of
 * tiers, identities and channels, and optional contacts left blank.
 */
class FormFieldsTests {

	@Test
	void tiersAreOneALineAndALineThatIsNoTierNamesItself() {
		assertThat(CatalogPages.tiers("1 10.00\n\n  10\t9.50  \r\n")).containsExactly(
				new TierForm(BigDecimal.ONE, new BigDecimal("10.00")),
				new TierForm(BigDecimal.TEN, new BigDecimal("9.50")));
		assertThat(CatalogPages.tiers("  ")).isEmpty();

		assertThat(problems(() -> CatalogPages.tiers("1 10.00\n10"))).containsExactly(
				new FieldProblem("tiers[1]", "'10' must be a from-quantity and a unit price, such as: 10 9.50"));
		assertThat(problems(() -> CatalogPages.tiers("1 ten"))).extracting(FieldProblem::field)
			.containsExactly("tiers[0].unitPrice");
	}

	@Test
	void blankOptionalContactsAreNoneAndIdentitiesAreQualifierAndIdentifier() {
		SettingsFields form = new SettingsFields(" Alpine ", "Europe/Vienna", "de", "Ring 1", "1010", "Wien", "AT",
				"Anna", "anna@alpine.example", " ", "", " ", null, "Otto", "otto@alpine.example", "+43 1",
				"gln 4012345000016\n\nZZ  ALPINE FOODS ");

		CompanyDetails details = form.details();

		assertThat(details.name()).isEqualTo("Alpine");
		assertThat(details.adminContact().phone()).isNull();
		assertThat(details.financeContact()).isNull();
		assertThat(details.orderingContact().phone()).isEqualTo("+43 1");
		assertThat(details.identities()).containsExactly(new EdiIdentity("GLN", "4012345000016"),
				new EdiIdentity("ZZ", "ALPINE FOODS"));
		assertThat(problems(() -> new SettingsFields("A", "UTC", "en", null, null, null, null, null, null, null, null,
				null, null, null, null, null, "GLN 4012345000016\n4012345000016")
			.details())).extracting(FieldProblem::field).containsExactly("ediIdentities[1]");
	}

	@Test
	void channelsAreARouteAndMaybeAnIdentityAndNoAcknowledgementLevelIsNone() {
		ProfileForm form = new ProfileFields(" alpine ", "EDIFACT_D96A", " ", "", true,
				"alpine-sftp-in alpine\nalpine-mail-in orders@alpine.example", "", null, "REPLY")
			.profile();

		assertThat(form.key()).isEqualTo("alpine");
		assertThat(form.csvLayout()).isNull();
		assertThat(form.syntaxId()).isNull();
		assertThat(form.outboundChannel()).isNull();
		assertThat(form.acknowledgement()).isNull();
		assertThat(form.channels()).containsExactly(new ProfileForm.Channel("alpine-sftp-in", "alpine"),
				new ProfileForm.Channel("alpine-mail-in", "orders@alpine.example"));
		assertThat(
				new ProfileFields("a", "JSON", null, null, null, null, null, "SYNTAX", " ").profile().acknowledgement())
			.isEqualTo(new ProfileForm.Acknowledgement("SYNTAX", null));
	}

	private static List<FieldProblem> problems(Runnable form) {
		try {
			form.run();
		}
		catch (InvalidInputException ex) {
			return ex.problems();
		}
		throw new AssertionError("the form was taken as it is");
	}

}
