package io.tradehub.portal.admin;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import io.tradehub.document.lifecycle.Trade;
import io.tradehub.test.BrowserTest;
import io.tradehub.test.Fixtures.TestCompany;
import io.tradehub.test.HubClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The account manager in the portal: adds a user, who is refused an area until granted
 * its privilege; moves the company to another time zone and sees its times move; keeps
 * the technical profile, whose bad values come back next to the form.
 */
class UsersAndSettingsBrowserTests extends BrowserTest {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	@Test
	void aUserIsRefusedTheCatalogUntilTheAccountManagerGrantsIt() {
		TestCompany supplier = this.fixtures.supplier("Privileged Grocer");
		String clerk = address("clerk");
		signIn(supplier.email(), supplier.password());
		open("/portal/users");
		find("#new-name").sendKeys("Clerk Kent");
		find("#new-email").sendKeys(clerk);
		find("#new-password").sendKeys("short");
		find("#new-privilege-REQUESTS").click();
		clickAndWait("#add-user-submit");

		assertThat(find("#user-problems").getText()).contains("password").contains("between 12 and 72");
		assertThat(find("#new-email").getAttribute("value")).isEqualTo(clerk);
		assertThat(find("#new-privilege-REQUESTS").isSelected()).as("the ticked privilege stays ticked").isTrue();
		find("#new-password").sendKeys("a long enough secret");
		clickAndWait("#add-user-submit");

		assertThat(find("#added").getText()).isEqualTo(clerk + " can sign in now.");
		assertThat(row(clerk, ".privilege-REQUESTS").isSelected()).isTrue();
		assertThat(row(clerk, ".privilege-CATALOG").isSelected()).isFalse();
		screenshot("admin-users");
		signOut();

		signIn(clerk, "a long enough secret");
		open("/portal/catalog");
		assertThat(find("#error-title").getText()).isEqualTo("Not allowed");
		assertThat(find("#error-detail").getText()).isEqualTo("This needs the CATALOG privilege.");
		open("/portal/users");
		assertThat(find("#error-title").getText()).isEqualTo("Not allowed");
		signOut();

		signIn(supplier.email(), supplier.password());
		open("/portal/users");
		row(clerk, ".privilege-CATALOG").click();
		row(clerk, ".privilege-USERS").click();
		clickAndWait("tr[id='user-" + clerk + "'] .save-privileges");
		assertThat(find("#changed").getText()).isEqualTo("The privileges are saved.");
		signOut();

		signIn(clerk, "a long enough secret");
		open("/portal/catalog");
		assertThat(find("h1").getText()).isEqualTo("Catalog and prices");
		open("/portal/users");
		assertThat(find("#read-only").getText()).startsWith("Only the account manager");
		assertThat(browser.findElements(By.cssSelector("#add-user, .save-privileges, .remove"))).isEmpty();
		assertThat(find("tr[id='user-" + clerk + "'] .privileges").getText()).contains("Catalog").contains("Users");
	}

	@Test
	void theAccountManagerWithdrawsAPrivilegeRemovesAUserAndStaysTheLastAccountManager() {
		TestCompany supplier = this.fixtures.supplier("Pruning Grocer");
		String clerk = address("leaver");
		new HubClient(this.port).login(supplier.email(), supplier.password())
			.post("/api/v1/users",
					Map.of("email", clerk, "name", "Leaving Clerk", "password", "a long enough secret", "privileges",
							List.of("CATALOG", "ORDERS")))
			.expect(201);
		signIn(supplier.email(), supplier.password());
		open("/portal/users");

		row(clerk, ".privilege-CATALOG").click();
		clickAndWait("tr[id='user-" + clerk + "'] .save-privileges");
		assertThat(row(clerk, ".privilege-CATALOG").isSelected()).isFalse();
		assertThat(row(clerk, ".privilege-ORDERS").isSelected()).isTrue();

		row(supplier.email(), ".account-manager").click();
		clickAndWait("tr[id='user-" + supplier.email() + "'] .save-privileges");
		assertThat(find("#error-detail").getText()).contains("is the company's last account manager");

		open("/portal/users");
		assertThat(browser.findElements(By.cssSelector("tr[id='user-" + supplier.email() + "'] .remove")))
			.as("no one removes themselves")
			.isEmpty();
		WebElement remove = row(clerk, ".remove");
		remove.click();
		browser.switchTo().alert().accept();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(remove));
		assertThat(find("#removed").getText()).isEqualTo("The user is removed.");
		assertThat(browser.findElements(By.cssSelector("tr.user"))).hasSize(1);
		assertThat(new HubClient(this.port).tryLogin(clerk, "a long enough secret").header("Location"))
			.contains("error");
	}

	@Test
	void anotherTimeZoneMovesTheTimesThePortalShows() {
		TestCompany supplier = this.fixtures.supplier("Zoned Grocer");
		signIn(supplier.email(), supplier.password());
		open("/portal/users");
		LocalDateTime berlin = LocalDateTime.parse(find("tr[id='user-" + supplier.email() + "'] .since").getText(),
				SHOWN);
		open("/portal/settings");
		assertThat(find("#now").getText()).endsWith("in Europe/Berlin.");

		new Select(find("#timeZone")).selectByValue("America/New_York");
		find("#orderingName").sendKeys("Order Desk");
		find("#orderingEmail").sendKeys("orders@zoned.example");
		clickAndWait("#save-settings");

		assertThat(find("#saved").getText()).isEqualTo("The settings are saved.");
		assertThat(find("#now").getText()).endsWith("in America/New_York.");
		assertThat(new Select(find("#timeZone")).getFirstSelectedOption().getText()).isEqualTo("America/New_York");
		assertThat(find("#orderingEmail").getAttribute("value")).isEqualTo("orders@zoned.example");
		screenshot("admin-settings");
		open("/portal/users");
		LocalDateTime newYork = LocalDateTime.parse(find("tr[id='user-" + supplier.email() + "'] .since").getText(),
				SHOWN);
		assertThat(Duration.between(newYork, berlin)).as("Berlin is six hours ahead of New York in December")
			.isEqualTo(Duration.ofHours(6));

		open("/portal/settings");
		find("#identities").sendKeys("GLN 4012345000011");
		clickAndWait("#save-settings");
		assertThat(find("#settings-problems").getText())
			.contains("ediIdentities[0].identifier: a GLN has 13 digits and a valid check digit");
	}

	@Test
	void aTechnicalProfileWithABadValueComesBackWithTheProblemNextToTheForm() {
		TestCompany supplier = this.fixtures.supplier("Profiled Grocer");
		String key = "profiled-" + supplier.id().toString().substring(0, 8);
		signIn(supplier.email(), supplier.password());
		open("/portal/settings");
		clickAndWait("#tab-profile");

		find("#key").sendKeys("Not A Key");
		new Select(find("#format")).selectByValue("CSV");
		clickAndWait("#save-profile");

		assertThat(find("#profile-problems").getText())
			.contains("key: must be lower-case letters and digits, words joined by '-', such as bistro-lumen");
		assertThat(find("#key").getAttribute("value")).isEqualTo("Not A Key");
		screenshot("admin-technical-profile");
		find("#key").clear();
		find("#key").sendKeys(key);
		clickAndWait("#save-profile");
		assertThat(find("#profile-problems").getText())
			.contains("csvLayout: is required for CSV: name a layout of mappings/csv");

		new Select(find("#format")).selectByValue("EDIFACT_D96A");
		find("#inboundChannels").sendKeys(key + "-sftp-in " + key);
		new Select(find("#acknowledgementLevel")).selectByValue("SYNTAX");
		new Select(find("#acknowledgementDelivery")).selectByValue("REPLY");
		clickAndWait("#save-profile");

		assertThat(find("#saved").getText()).isEqualTo("The technical profile is saved.");
		assertThat(find("#key").getAttribute("value")).isEqualTo(key);
		assertThat(find("#inboundChannels").getAttribute("value")).isEqualTo(key + "-sftp-in " + key);
		assertThat(new Select(find("#syntaxId")).getFirstSelectedOption().getText()).as("the default")
			.isEqualTo("UNOC");
	}

	@Test
	void aPartnersProfileIsReadThroughTheConnectionAndAnotherCompanysConnectionIsNotFound() {
		Trade trade = Trade.between(this.port, this.fixtures, "Profile Reading");
		String customerKey = trade.asCustomer.get("/api/v1/technical-profile").expect(200).at("/key");
		signIn(trade.supplier.email(), trade.supplier.password());

		open("/portal/settings/profile/partners/" + trade.connection);

		assertThat(find("#partner-profile #key").getText()).isEqualTo(customerKey);
		assertThat(find("#partner-profile #format").getText()).isEqualTo("JSON (canonical)");
		signOut();
		TestCompany intruder = this.fixtures.supplier("Profile Snooper");
		signIn(intruder.email(), intruder.password());
		open("/portal/settings/profile/partners/" + trade.connection);
		assertThat(find("#error-title").getText()).isEqualTo("Not found");
		assertThat(browser.getPageSource()).doesNotContain(customerKey);
	}

	@Test
	void everyAdminPageSpeaksGerman() {
		TestCompany supplier = this.fixtures.supplier("German Grocer");
		signIn(supplier.email(), supplier.password());
		open("/portal/settings?lang=de");

		for (String[] page : new String[][] { { "/portal/catalog", "Katalog und Preise" },
				{ "/portal/catalog/products/new", "Neuer Artikel" }, { "/portal/users", "Benutzer und Rechte" },
				{ "/portal/settings", "Firmeneinstellungen" }, { "/portal/settings/profile", "Technisches Profil" },
				{ "/portal/messages", "Nachrichten" } }) {
			open(page[0]);
			assertThat(find("h1").getText()).isEqualTo(page[1]);
			assertThat(browser.getPageSource()).as(page[0]).doesNotContain("??");
		}
	}

	/**
	 * Starts the next user afresh, as a new browser would; signing out is not what is
	 * tested here.
	 */
	private void signOut() {
		browser.manage().deleteAllCookies();
	}

	private WebElement row(String email, String css) {
		return find("tr[id='user-" + email + "'] " + css);
	}

}
