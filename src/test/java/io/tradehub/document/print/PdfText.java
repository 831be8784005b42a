package io.tradehub.document.print;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads a printed PDF back as text, as a search or a screen reader would, and keeps its
 * first page as a PNG under {@code target/print/} for a person to look at.
 */
final class PdfText {

	private static final Path OUTPUT = Path.of("target", "print");

	private PdfText() {
	}

	/** The whole document's text; with a file name, page 1 is kept as that PNG. */
	static String of(PDDocument document, String png) throws IOException {
		if (png != null) {
			Files.createDirectories(OUTPUT);
			ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 110), "png", OUTPUT.resolve(png).toFile());
		}
		return new PDFTextStripper().getText(document);
	}

	static String page(PDDocument document, int page) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setStartPage(page);
		stripper.setEndPage(page);
		return stripper.getText(document);
	}

}
