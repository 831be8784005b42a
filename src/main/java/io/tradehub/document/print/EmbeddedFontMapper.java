package io.tradehub.document.print;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;

/**
 * Answers PDFBox's every question for a font it does not embed with the hub's own font.
 * The PDF renderer names the PDF base fonts for form fields our prints never have;
 * PDFBox's own mapper would scan the machine's fonts for them (and write a cache to the
 * home directory), so the same print would depend on what the machine has installed.
 */
final class EmbeddedFontMapper implements FontMapper {

	private final TrueTypeFont font;

	EmbeddedFontMapper(byte[] font) {
		try {
			this.font = new TTFParser().parse(new RandomAccessReadBuffer(font));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The hub's font does not parse", ex);
		}
	}

	@Override
	public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
		return new FontMapping<>(this.font, false);
	}

	@Override
	public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
		return new FontMapping<>(this.font, false);
	}

	@Override
	public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo systemInfo) {
		return new CIDFontMapping(null, this.font, false);
	}

}
