package io.tradehub.catalog;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The catalog's CSV files: separator found from the header, columns by name, problems at
 * their line and column, and exports a spreadsheet cannot run as formulas.
 */
class CatalogCsvTests {

	private static final List<String> REQUIRED = List.of("sku", "unit_price");

	@Test
	void readsSemicolonAndCommaFilesWithColumnsInAnyOrder() {
		CatalogCsv.Table semicolons = read("unit_price;sku\n9.50;\"SKU;1\"\n");
		CatalogCsv.Table commas = read("SKU , Unit_Price\r\n\"SKU,1\",9.50\r\n");

		assertThat(semicolons.problems()).isEmpty();
		assertThat(commas.problems()).isEmpty();
		assertThat(semicolons.rows().get(0).cells()).containsEntry("sku", "SKU;1").containsEntry("unit_price", "9.50");
		assertThat(commas.rows().get(0).cells()).containsEntry("sku", "SKU,1").containsEntry("unit_price", "9.50");
	}

	@Test
	void namesThePhysicalLineOfARowAfterBlankLinesAndAQuotedLineBreak() {
		CatalogCsv.Table table = read("sku,unit_price\n\n\"SKU\n1\",1\nSKU-2,2\nSKU-3\n");

		assertThat(table.rows()).extracting(CatalogCsv.Row::line).containsExactly(3, 5);
		assertThat(table.problems()).extracting(ImportProblem::line, ImportProblem::column, ImportProblem::message)
			.containsExactly(tuple(6, 0, "1 cells where the header has 2 columns"));
	}

	@Test
	void namesAnUnknownColumnAndEachMissingOneInTheHeader() {
		CatalogCsv.Table table = read("sku,price\nSKU-1,1\n");

		assertThat(table.problems())
			.extracting(ImportProblem::line, ImportProblem::column, ImportProblem::columnName, ImportProblem::message)
			.containsExactly(
					tuple(1, 2, "price", "'price' is no column of this file; the columns are sku, unit_price, note"),
					tuple(1, 0, null, "the header has no column unit_price"));
	}

	@Test
	void refusesAFileThatIsNotUtf8() {
		CatalogCsv.Table table = CatalogCsv.read("sku,unit_price\nK\u00e4se,1\n".getBytes(StandardCharsets.ISO_8859_1),
				REQUIRED, List.of());

		assertThat(table.problems()).extracting(ImportProblem::message)
			.containsExactly("the file is not UTF-8 text; save it as CSV UTF-8");
	}

	@Test
	void prefixesEveryCellASpreadsheetWouldRunAsAFormulaWithAQuote() {
		String csv = CatalogCsv.write(List.of("sku", "description"), List.of(List.of("=1+1", "+SUM(A1)"),
				List.of("-2", "@cmd"), List.of("\tTAB", "\rCR"), List.of("SKU-1", "a = b")));

		assertThat(csv.split("\r\n")).containsExactly("sku,description", "'=1+1,'+SUM(A1)", "'-2,'@cmd",
				"'\tTAB,\"'\rCR\"", "SKU-1,a = b");
	}

	@Test
	void readsAnExportedFormulaCellBackAsItWas() {
		String csv = CatalogCsv.write(List.of("sku", "unit_price"), List.of(List.of("=HYPERLINK(\"x\")", "1")));

		assertThat(read(csv).rows().get(0).cells()).containsEntry("sku", "=HYPERLINK(\"x\")");
	}

	private static CatalogCsv.Table read(String text) {
		return CatalogCsv.read(text.getBytes(StandardCharsets.UTF_8), REQUIRED, List.of("note"));
	}

}
