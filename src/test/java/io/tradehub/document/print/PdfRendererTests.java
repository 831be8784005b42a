package io.tradehub.document.print;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.tradehub.document.Address;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Picking lists and packing slips built from data, read back as text and rendered to PNG
 * ({@link PdfText}).
 */
class PdfRendererTests {

	private static final Address SHIP_TO = new Address("Bistro Lumen, Küche", "Torstraße 12", "10119", "Berlin", "DE",
			null);

	private final PdfRenderer renderer = new PdfRenderer();

	@Test
	void aPickingListShowsEachLineWithWhatIsOrderedShippedAndStillToPick() throws IOException {
		byte[] pdf = this.renderer.pickingList(pickingList(Locale.ENGLISH, 2));

		String text = text(pdf, "picking-list-en.png");

		assertThat(text).contains("Picking list", "Alpine Foods", "ORD-2026-00042", "Bistro Lumen")
			.contains("Ship by", "Dec 9, 2026, 12:00", "(Europe/Berlin)")
			.contains("Torstraße 12", "10119 Berlin");
		assertThat(text).containsPattern("1 CHE-ALP-250 4012345123456 Bergkäse 250 g\\s+24 10 14 pcs")
			.containsPattern("2 BUT-1000 Süßrahmbutter 1 kg\\s+6.5 0 6.5 kg")
			.contains("Note from the customer", "Before Friday, please");
	}

	@Test
	void aPickingListInGermanHasGermanLabelsAndDecimalCommas() throws IOException {
		String text = text(this.renderer.pickingList(pickingList(Locale.GERMAN, 2)), "picking-list-de.png");

		assertThat(text).contains("Kommissionierliste", "Bestellung", "Kunde", "Versand bis", "Lieferanschrift",
				"Artikelnr.", "Bezeichnung", "Bestellt", "Geliefert", "Zu kommissionieren", "Einheit", "Seite 1");
		assertThat(text).containsPattern("1 CHE-ALP-250 4012345123456 Bergkäse 250 g\\s+24 10 14 Stk.")
			.containsPattern("6,5 0 6,5 kg")
			.contains("09.12.2026");
		assertThat(text).doesNotContain("Picking list", "Ordered");
	}

	@Test
	void aLongPickingListGoesOnToMorePagesEachWithTheColumnHeadings() throws IOException {
		try (PDDocument document = Loader.loadPDF(this.renderer.pickingList(pickingList(Locale.ENGLISH, 80)))) {
			assertThat(document.getNumberOfPages()).isGreaterThan(1);
			String second = PdfText.page(document, 2);
			assertThat(second).contains("SKU", "Ordered", "To pick", "Page 2");
		}
	}

	@Test
	void aPackingSlipShowsTheItemsShippedHowTheyTravelAndTheMessage() throws IOException {
		String text = text(this.renderer.packingSlips(List.of(packingSlip(Locale.GERMAN))), "packing-slip-de.png");

		assertThat(text).contains("Lieferschein", "SHP-2026-00007", "ORD-2026-00042", "Bistro Lumen", "Torstraße 12")
			.contains("Sendungsnummer", "1Z999AA10123456784", "Versanddienst", "UPS Express", "Versandt am",
					"08.12.2026")
			.contains("Nachricht", "Schöne Grüße – der Rest folgt, 5 € Rabatt.");
		assertThat(text).containsPattern("1 CHE-ALP-250 4012345123456 Bergkäse 250 g\\s+10 Stk.");
		assertThat(text).doesNotContain("Tracking number");
	}

	@Test
	void everyFontIsTheHubsOwnAndEmbeddedSoNoMachinesFontsChangeThePrint() throws IOException {
		try (PDDocument document = Loader.loadPDF(this.renderer.packingSlips(List.of(packingSlip(Locale.GERMAN))))) {
			List<PDFont> fonts = new ArrayList<>();
			for (PDPage page : document.getPages()) {
				for (COSName name : page.getResources().getFontNames()) {
					fonts.add(page.getResources().getFont(name));
				}
			}
			assertThat(fonts).isNotEmpty().allSatisfy((font) -> {
				assertThat(font.isEmbedded()).as(font.getName()).isTrue();
				assertThat(font.getName()).contains("DejaVuSansCondensed");
			});
		}
	}

	@Test
	void thePackingSlipsOfAnOrderFollowOneAnotherEachInItsOwnLanguage() throws IOException {
		byte[] pdf = this.renderer.packingSlips(List.of(packingSlip(Locale.ENGLISH), packingSlip(Locale.GERMAN)));

		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(2);
			assertThat(PdfText.page(document, 1)).contains("Packing slip", "Tracking number")
				.doesNotContain("Lieferschein");
			assertThat(PdfText.page(document, 2)).contains("Lieferschein", "Sendungsnummer")
				.doesNotContain("Packing slip");
		}
	}

	static PickingList pickingList(Locale language, int lines) {
		List<PickingList.Line> items = new ArrayList<>();
		items.add(new PickingList.Line(1, "CHE-ALP-250", "4012345123456", "Bergkäse 250 g", new BigDecimal("24"),
				new BigDecimal("10"), "PCE"));
		for (int i = 2; i <= lines; i++) {
			items.add(new PickingList.Line(i, (i == 2) ? "BUT-1000" : "ITEM-" + i, null,
					(i == 2) ? "Süßrahmbutter 1 kg" : "Item " + i, new BigDecimal("6.50"), BigDecimal.ZERO, "KGM"));
		}
		return new PickingList("ORD-2026-00042", "Alpine Foods", "Bistro Lumen", SHIP_TO,
				ZonedDateTime.of(2026, 12, 9, 0, 0, 0, 0, ZoneId.of("Europe/Berlin")), LocalDate.of(2026, 12, 10),
				"Before Friday, please", items, language);
	}

	static PackingSlip packingSlip(Locale language) {
		return new PackingSlip("SHP-2026-00007", List.of("ORD-2026-00042"), "Alpine Foods", "Bistro Lumen", SHIP_TO,
				LocalDate.of(2026, 12, 8), "1Z999AA10123456784", "UPS", "Express",
				"Schöne Grüße – der Rest folgt, 5 € Rabatt.", List.of(new PackingSlip.Line(1, "CHE-ALP-250",
						"4012345123456", "Bergkäse 250 g", new BigDecimal("10"), "PCE")),
				language);
	}

	private static String text(byte[] pdf, String png) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return PdfText.of(document, png);
		}
	}

}
