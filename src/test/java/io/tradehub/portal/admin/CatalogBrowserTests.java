package io.tradehub.portal.admin;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import io.tradehub.test.BrowserTest;
import io.tradehub.test.Fixtures.TestCompany;
import io.tradehub.test.TestFiles;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A supplier keeps its catalog in the portal: a CSV import with a bad row changes nothing
 * and says where the row is wrong, a good one fills the catalog, the export gives the
 * same products back; a product added through the form and a price list's tiers.
 */
class CatalogBrowserTests extends BrowserTest {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@Test
	void anImportWithABadRowShowsLineAndColumnThenAGoodOneFillsTheCatalogAndExportsAgain() throws Exception {
		TestCompany supplier = this.fixtures.supplier("Csv Grocer");
		signIn(supplier.email(), supplier.password());
		open("/portal/catalog");
		assertThat(find("#no-products").getText()).startsWith("No products yet");

		upload("#products-file", "#import-products-submit", """
				sku,description,unit,base_price,currency
				APPLE,Apples,PCE,1.20,EUR
				PEAR,Pears,PCE,one euro,EUR
				""");

		assertThat(find("#import-problems h3").getText())
			.isEqualTo("The products file has one problem; nothing was imported.");
		WebElement problem = find("#import-problems tr.import-problem");
		assertThat(problem.findElement(By.cssSelector(".line")).getText()).isEqualTo("3");
		assertThat(problem.findElement(By.cssSelector(".column")).getText()).isEqualTo("4 (base_price)");
		assertThat(problem.findElement(By.cssSelector(".message")).getText()).isNotBlank();
		assertThat(browser.findElements(By.cssSelector("#products"))).as("nothing imported").isEmpty();
		screenshot("admin-catalog-import-problems");

		upload("#products-file", "#import-products-submit", """
				sku,description,unit,base_price,currency
				APPLE,Apples,PCE,1.20,EUR
				PEAR,Pears,KGM,2.5,EUR
				""");

		assertThat(find("#imported").getText()).isEqualTo("2 products imported.");
		assertThat(find("#product-APPLE .description").getText()).isEqualTo("Apples");
		assertThat(find("#product-PEAR .unit").getText()).isEqualTo("KGM");
		assertThat(find("#product-PEAR .price").getText()).isEqualTo("2.50 EUR");
		screenshot("admin-catalog");

		String export = download("/api/v1/catalog/products.csv");
		assertThat(export.lines()).containsExactly("sku,gtin,description,unit,base_price,currency,active",
				"APPLE,,Apples,PCE,1.2,EUR,true", "PEAR,,Pears,KGM,2.5,EUR,true");
		assertThat(find("#export-products").getAttribute("href")).endsWith("/api/v1/catalog/products.csv");
	}

	@Test
	void aProductFormWithABadPriceStaysOpenWithTheProblemAndAPriceListGetsTiers() {
		TestCompany supplier = this.fixtures.supplier("Form Grocer");
		signIn(supplier.email(), supplier.password());
		open("/portal/catalog");
		clickAndWait("#add-product");

		find("#sku").sendKeys("PLUM");
		find("#description").sendKeys("Plums");
		find("#basePrice").sendKeys("cheap");
		clickAndWait("#save-product");

		assertThat(path()).isEqualTo("/portal/catalog/products");
		assertThat(find("#product-problems").getText()).contains("basePrice").contains("must be a number");
		assertThat(find("#sku").getAttribute("value")).as("what was typed stays").isEqualTo("PLUM");
		find("#basePrice").clear();
		find("#basePrice").sendKeys("3.10");
		find("#gtin").sendKeys("4012345000011");
		clickAndWait("#save-product");

		assertThat(find("#product-problems").getText()).contains("gtin");
		find("#gtin").clear();
		clickAndWait("#save-product");

		assertThat(path()).isEqualTo("/portal/catalog");
		assertThat(find("#saved").getText()).isEqualTo("Product PLUM is saved.");
		assertThat(find("#product-PLUM .price").getText()).isEqualTo("3.10 EUR");

		find("#priceType").sendKeys("wholesale");
		clickAndWait("#show-price-list");
		assertThat(find("#no-entries").getText()).isEqualTo("The price list wholesale has no prices yet.");
		find("#tiers").sendKeys("1 3.00\n10 2.75");
		clickAndWait("#save-tiers");

		assertThat(find("#entry-PLUM").getText()).contains("from 1: 3.00").contains("from 10: 2.75");
		find("#tiers").sendKeys("0 1.00");
		clickAndWait("#save-tiers");
		assertThat(find("#tier-problems").getText()).contains("tiers[0].fromQuantity");
		assertThat(find("#entry-PLUM").getText()).as("unchanged").contains("from 10: 2.75");
	}

	@Test
	void aCompanyThatOnlyBuysKeepsNoCatalog() {
		TestCompany customer = this.fixtures.customer("Catalogless Cafe");
		signIn(customer.email(), customer.password());

		open("/portal/catalog");

		assertThat(find("#error-title").getText()).isEqualTo("Not allowed");
		assertThat(find("#error-detail").getText()).isEqualTo("Only a supplier keeps a catalog.");
	}

	private void upload(String input, String submit, String csv) throws IOException {
		Path file = Files.writeString(TestFiles.temporaryDirectory("catalog-csv").resolve("products.csv"), csv);
		find(input).sendKeys(file.toAbsolutePath().toString());
		clickAndWait(submit);
	}

	/** What the API's export answers this browser's session. */
	private String download(String path) throws Exception {
		HttpResponse<String> response = HTTP
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
				.header("Cookie", "JSESSIONID=" + cookie("JSESSIONID"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

}
