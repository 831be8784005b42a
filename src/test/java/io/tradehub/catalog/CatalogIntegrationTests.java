package io.tradehub.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.tradehub.test.Fixtures.TestCompany;
import io.tradehub.test.HubClient;
import io.tradehub.test.HubIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A supplier keeps its catalog over the API and as CSV files, and each customer sees it
 * through its own connection: only the products it may see, in its own prices.
 */
class CatalogIntegrationTests extends HubIntegrationTest {

	private static final String PRODUCTS = """
			sku;gtin;description;unit;base_price;currency;active
			SKU-1;4012345000009;Alpine cheese 250 g;PCE;12.00;EUR;true
			SKU-2;;Goat cheese;PCE;8.00;EUR;true
			SKU-3;;Old recipe;PCE;3.00;EUR;false
			SKU-4;;Butter 250 g;PCE;5.00;EUR;
			""";

	private static final String PRICES = """
			price_type,sku,from_quantity,unit_price
			RETAIL,SKU-1,1,9.50
			RETAIL,SKU-1,10,9.00
			RETAIL,SKU-2,1,7.00
			""";

	private static final ObjectMapper EXACT = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
		.build();

	private TestCompany acme;

	private HubClient supplier;

	@BeforeEach
	void supplierWithCatalog() {
		this.acme = this.fixtures.supplier("Cat Acme");
		this.supplier = login(this.acme);
		this.supplier.send("POST", "/api/v1/catalog/products.csv", PRODUCTS, "text/csv").expect(200);
		this.supplier.send("POST", "/api/v1/catalog/prices.csv", PRICES, "text/csv").expect(200);
	}

	@Test
	void eachCustomerSeesOnlyItsVisibleActiveProductsInItsOwnPrices() {
		HubClient bistro = customer("Cat Bistro", Map.of("priceType", "RETAIL", "markupPercent", 10, "visibility",
				"DENY_LIST", "products", List.of("SKU-2")));
		HubClient deli = customer("Cat Deli", Map.of("markupPercent", -20, "visibility", "ALL"));

		JsonNode bistroView = exact(bistro.get("/api/v1/suppliers/" + this.acme.id() + "/catalog").expect(200));
		JsonNode deliView = exact(deli.get("/api/v1/suppliers/" + this.acme.id() + "/catalog").expect(200));

		// RETAIL x 1.10: 9.50 -> 10.45, 9.00 -> 9.90; SKU-4 has no RETAIL price: 5.00 ->
		// 5.50.
		assertThat(bistroView.findValuesAsText("sku")).containsExactly("SKU-1", "SKU-4");
		assertThat(bistroView.at("/0/unitPrice").decimalValue()).isEqualByComparingTo("10.45");
		assertThat(bistroView.at("/0/tiers"))
			.extracting(t -> t.get("fromQuantity").asText(), t -> t.get("unitPrice").asText())
			.containsExactly(tuple("1", "10.45"), tuple("10", "9.90"));
		assertThat(bistroView.at("/1/unitPrice").decimalValue()).isEqualByComparingTo("5.50");
		// Base prices less 20 %, no tiers: 12.00 -> 9.60, 8.00 -> 6.40, 5.00 -> 4.00.
		assertThat(deliView.findValuesAsText("sku")).containsExactly("SKU-1", "SKU-2", "SKU-4");
		assertThat(deliView.findValues("unitPrice")).extracting(price -> price.decimalValue().toPlainString())
			.containsExactly("9.60", "6.40", "4.00");
		assertThat(deliView.at("/0/tiers")).isEmpty();
		assertThat(bistro.get("/api/v1/suppliers/" + this.acme.id() + "/catalog/SKU-1").expect(200).body())
			.contains("\"unitPrice\":10.45");
		bistro.get("/api/v1/suppliers/" + this.acme.id() + "/catalog/SKU-2").expect(404);
		deli.get("/api/v1/suppliers/" + this.acme.id() + "/catalog/SKU-3").expect(404);
	}

	@Test
	void aCompanyWithoutAnActiveConnectionSeesNoCatalogAndACustomerKeepsNone() {
		TestCompany stranger = this.fixtures.customer("Cat Stranger");
		HubClient client = login(stranger);

		client.get("/api/v1/suppliers/" + this.acme.id() + "/catalog").expect(404);
		client.get("/api/v1/suppliers/" + this.acme.id() + "/catalog/SKU-1").expect(404);
		assertThat(client.get("/api/v1/catalog/products").expect(403).at("/detail"))
			.isEqualTo("Only a supplier keeps a catalog.");
	}

	@Test
	void anImportWithBadRowsNamesEveryOneAndAppliesNothing() {
		String file = """
				sku,description,unit,base_price,currency,gtin
				NEW-1,New cheese,PCE,4.00,EUR,
				NEW-2,Brie,PCE,4,00,EUR,
				NEW-3,Blue cheese,PCE,-1,EUR,4012345000001
				NEW-1,Same SKU,PCE,4.00,eur,
				NEW-4,,PCE,1.00,EUR,
				""";

		JsonNode problem = this.supplier.send("POST", "/api/v1/catalog/products.csv", file, "text/csv")
			.expect(422)
			.json();

		assertThat(problem.at("/detail").asText()).isEqualTo("6 row problems; nothing was imported");
		assertThat(problem.get("problems"))
			.extracting(p -> p.get("line").asInt(), p -> p.get("column").asInt(), p -> p.get("message").asText())
			.containsExactly(tuple(3, 0, "7 cells where the header has 6 columns"),
					tuple(4, 4, "'-1' is not a price; write digits with a point before any decimals"),
					tuple(4, 6, "'4012345000001' is not a GTIN: its check digit should be 9"),
					tuple(5, 1, "SKU NEW-1 is on line 2 already"), tuple(5, 5, "must be an ISO 4217 code such as EUR"),
					tuple(6, 2, "the value is missing"));
		assertThat(this.supplier.get("/api/v1/catalog/products").expect(200).json().findValuesAsText("sku"))
			.containsExactly("SKU-1", "SKU-2", "SKU-3", "SKU-4");
	}

	@Test
	void twoProductsSwapTheirGtinsInOneImportButAGtinAProductKeepsIsAClash() {
		String give = """
				sku;gtin;description;unit;base_price;currency
				SKU-2;4012345000016;Goat cheese;PCE;8.00;EUR
				""";
		this.supplier.send("POST", "/api/v1/catalog/products.csv", give, "text/csv").expect(200);
		String swap = """
				sku;gtin;description;unit;base_price;currency
				SKU-1;4012345000016;Alpine cheese 250 g;PCE;12.00;EUR
				SKU-2;4012345000009;Goat cheese;PCE;8.00;EUR
				""";
		String clash = """
				sku;gtin;description;unit;base_price;currency
				SKU-4;4012345000009;Butter 250 g;PCE;5.00;EUR
				""";

		this.supplier.send("POST", "/api/v1/catalog/products.csv", swap, "text/csv").expect(200);
		JsonNode refused = this.supplier.send("POST", "/api/v1/catalog/products.csv", clash, "text/csv")
			.expect(422)
			.json();

		JsonNode products = this.supplier.get("/api/v1/catalog/products").expect(200).json();
		assertThat(products.findValuesAsText("sku")).startsWith("SKU-1", "SKU-2");
		assertThat(products.get(0).get("gtin").asText()).isEqualTo("4012345000016");
		assertThat(products.get(1).get("gtin").asText()).isEqualTo("4012345000009");
		assertThat(refused.get("problems"))
			.extracting(p -> p.get("line").asInt(), p -> p.get("column").asInt(), p -> p.get("message").asText())
			.containsExactly(tuple(2, 2, "is already the GTIN of product SKU-2"));
	}

	@Test
	void aPriceImportNamesProductsThatAreNotInTheCatalog() {
		JsonNode problem = this.supplier
			.send("POST", "/api/v1/catalog/prices.csv",
					"price_type;sku;from_quantity;unit_price\nRETAIL;SKU-9;1;2.00\nRETAIL;SKU-1;0;2.00\n", "text/csv")
			.expect(422)
			.json();

		assertThat(problem.get("problems"))
			.extracting(p -> p.get("line").asInt(), p -> p.get("columnName").asText(), p -> p.get("message").asText())
			.containsExactly(tuple(2, "sku", "product SKU-9 is not in your catalog; import it with the products first"),
					tuple(3, "from_quantity", "must be greater than 0"));
		assertThat(this.supplier.get("/api/v1/catalog/price-lists/RETAIL").expect(200).at("/0/tiers/0/unitPrice"))
			.isEqualTo("9.5");
	}

	@Test
	void anExportCannotRunAsAFormulaAndImportsBackUnchanged() {
		this.supplier
			.put("/api/v1/catalog/products/SKU-5",
					Map.of("description", "=HYPERLINK(\"attacker-site\")", "unit", "PCE", "basePrice", "1.25",
							"currency", "EUR"))
			.expect(200);

		String export = this.supplier.get("/api/v1/catalog/products.csv").expect(200).body();

		assertThat(export).contains("SKU-5,,\"'=HYPERLINK(\"\"attacker-site\"\")\",PCE,1.25,EUR,true");
		this.supplier.send("POST", "/api/v1/catalog/products.csv", export, "text/csv").expect(200);
		assertThat(this.supplier.get("/api/v1/catalog/products/SKU-5").expect(200).at("/description"))
			.isEqualTo("=HYPERLINK(\"attacker-site\")");
	}

	@Test
	void thePriceListsExportAsImportedAndImportBackUnchanged() {
		String export = this.supplier.get("/api/v1/catalog/prices.csv").expect(200).body();

		assertThat(export).isEqualTo("price_type,sku,from_quantity,unit_price\r\nRETAIL,SKU-1,1,9.5\r\n"
				+ "RETAIL,SKU-1,10,9\r\nRETAIL,SKU-2,1,7\r\n");
		this.supplier.send("POST", "/api/v1/catalog/prices.csv", export, "text/csv").expect(200);
		assertThat(this.supplier.get("/api/v1/catalog/prices.csv").expect(200).body()).isEqualTo(export);
	}

	@Test
	void aProductWithABadGtinOrTiersSharingAQuantityIsRefusedNamingTheField() {
		JsonNode product = this.supplier
			.put("/api/v1/catalog/products/SKU-6", Map.of("gtin", "4012345000001", "description", "Cream", "unit",
					"PCE", "basePrice", "2", "currency", "EUR"))
			.expect(400)
			.json();
		JsonNode tiers = this.supplier
			.put("/api/v1/catalog/price-lists/RETAIL/products/SKU-1", Map.of("tiers",
					List.of(Map.of("fromQuantity", 5, "unitPrice", 1), Map.of("fromQuantity", "5.0", "unitPrice", 2))))
			.expect(400)
			.json();

		assertThat(product.at("/errors/0/field").asText()).isEqualTo("gtin");
		assertThat(tiers.at("/errors/0/field").asText()).isEqualTo("tiers[1].fromQuantity");
	}

	private HubClient customer(String name, Map<String, Object> terms) {
		TestCompany company = this.fixtures.customer(name);
		HubClient client = login(company);
		String connection = client.connectActive(this.supplier, this.acme.id());
		Map<String, Object> settings = new HashMap<>(Map.of("markupPercent", 0, "visibility", "ALL",
				"orderCreationAllowed", true, "answerWindowHours", 24, "shippingWindowDays", 2));
		settings.putAll(terms);
		this.supplier.put("/api/v1/connections/" + connection + "/settings", settings).expect(200);
		return client;
	}

	/** The body with its numbers as written: a price's decimals are what it shows. */
	private static JsonNode exact(HubClient.Response response) {
		try {
			return EXACT.readTree(response.bytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private HubClient login(TestCompany company) {
		return new HubClient(this.port).login(company.email(), company.password());
	}

}
