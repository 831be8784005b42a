package io.tradehub.document.print;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Lays out picking lists and packing slips: a Thymeleaf template per kind
 * ({@code templates/print/}) with the texts of {@code messages/print*.properties}, turned
 * into a PDF with the hub's own font embedded, so a print looks the same from every hub
 * and shows umlauts and the euro sign whatever fonts a machine has.
 */
@Component
class PdfRenderer {

	/** The family the templates' CSS names; no other font is ever looked up. */
	static final String FONT_FAMILY = "DejaVu Sans";

	private static final byte[] REGULAR = font("DejaVuSansCondensed.ttf");

	private static final byte[] BOLD = font("DejaVuSansCondensed-Bold.ttf");

	static {
		// openhtmltopdf logs every step at INFO through java.util.logging; only trouble
		// belongs in the hub's log.
		XRLog.listRegisteredLoggers().forEach((logger) -> XRLog.setLevel(logger, Level.WARNING));
		FontMappers.set(new EmbeddedFontMapper(REGULAR));
	}

	private final TemplateEngine templates;

	PdfRenderer() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages/print");
		messages.setDefaultEncoding("UTF-8");
		// A language without texts of its own prints in English, never in the
		// machine's.
		messages.setFallbackToSystemLocale(false);
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/print/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.XML);
		resolver.setCharacterEncoding("UTF-8");
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateEngineMessageSource(messages);
		engine.setTemplateResolver(resolver);
		this.templates = engine;
	}

	byte[] pickingList(PickingList list) {
		return pdf(html("picking-list", list.language(), Map.of("list", list)));
	}

	/** The slips one after another, each on pages of its own and in its own language. */
	byte[] packingSlips(List<PackingSlip> slips) {
		if (slips.size() == 1) {
			return packingSlip(slips.get(0));
		}
		try {
			PDFMergerUtility merger = new PDFMergerUtility();
			for (PackingSlip slip : slips) {
				merger.addSource(new RandomAccessReadBuffer(packingSlip(slip)));
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			merger.setDestinationStream(out);
			merger.mergeDocuments(IOUtils.createMemoryOnlyStreamCache());
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private byte[] packingSlip(PackingSlip slip) {
		return pdf(html("packing-slip", slip.language(), Map.of("slip", slip)));
	}

	private String html(String template, Locale language, Map<String, Object> variables) {
		Context context = new Context(language, variables);
		context.setVariable("fmt", new Formats(language));
		context.setVariable("lang", language.getLanguage());
		return this.templates.process(template, context);
	}

	private static byte[] pdf(String html) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			// A tagged PDF/UA reads aloud in a screen reader, and it turns off the PDF
			// base
			// fonts, whose lookup would go through the machine's own fonts.
			builder.usePdfUaAccessibility(true);
			builder.withHtmlContent(html, null);
			builder.useFont(() -> new ByteArrayInputStream(REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> new ByteArrayInputStream(BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true);
			builder.withProducer("Tradehub");
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] font(String name) {
		try (InputStream in = new ClassPathResource("print/fonts/" + name).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The font " + name + " is missing from the hub", ex);
		}
	}

}
