package io.tradehub.mail;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders a mail's subject, HTML and plain-text bodies in the recipient's language. Every
 * mail shares the {@code notice} layout; what differs lives in the {@code mail.<kind>.*}
 * messages, so a translation is one file.
 */
@Component
class MailRenderer {

	private static final String LAYOUT = "notice";

	private final TemplateEngine engine;

	private final MessageSource messages;

	MailRenderer(MessageSource messages) {
		this.messages = messages;
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateEngineMessageSource(messages);
		engine.addTemplateResolver(resolver(".html", TemplateMode.HTML, 1));
		engine.addTemplateResolver(resolver(".txt", TemplateMode.TEXT, 2));
		this.engine = engine;
	}

	private static ClassLoaderTemplateResolver resolver(String suffix, TemplateMode mode, int order) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/mail/");
		resolver.setResolvablePatterns(Set.of("*" + suffix));
		resolver.setTemplateMode(mode);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCheckExistence(true);
		resolver.setOrder(order);
		return resolver;
	}

	Rendered render(Mail mail) {
		Locale locale = mail.language();
		Object[] args = mail.args().toArray();
		String subject = this.messages.getMessage("mail." + mail.kind() + ".subject", args, locale);
		List<String> paragraphs = Arrays
			.asList(this.messages.getMessage("mail." + mail.kind() + ".body", args, locale).split("\n\n"));
		Map<String, Object> variables = mail.variables();
		variables.put("subject", subject);
		variables.put("paragraphs", paragraphs);
		variables.put("linkLabel",
				mail.link() == null ? null : this.messages.getMessage("mail." + mail.kind() + ".link", args, locale));
		Context context = new Context(locale, variables);
		String html = this.engine.process(LAYOUT + ".html", context);
		String text = this.engine.process(LAYOUT + ".txt", context);
		return new Rendered(subject, html, text);
	}

	record Rendered(String subject, String html, String text) {
	}

}
