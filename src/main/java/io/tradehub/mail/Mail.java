package io.tradehub.mail;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An email to queue. Its texts are the messages {@code mail.<kind>.subject},
 * {@code mail.<kind>.body} (paragraphs separated by a blank line) and, where the mail
 * carries a link, {@code mail.<kind>.link}, formatted with {@code args} in the
 * recipient's language.
 *
 * @param to the recipient's address
 * @param language the recipient's language
 * @param kind which mail this is, such as {@code invite}
 * @param args the arguments of its messages
 * @param quote words of a person quoted as they wrote them (a personal message), or null
 * @param link the address the mail's button opens, or null
 * @param code a one-time code shown prominently, or null
 * @param referenceType what the mail is about (such as {@code invite}), so a failure can
 * be reported there
 * @param referenceId the id of what the mail is about
 */
public record Mail(String to, Locale language, String kind, List<Object> args, @Nullable String quote,
		@Nullable String link, @Nullable String code, @Nullable String referenceType, @Nullable UUID referenceId) {

	public Mail {
		args = List.copyOf(args);
	}

	public static Mail of(String to, Locale language, String kind, Object... args) {
		return new Mail(to, language, kind, List.of(args), null, null, null, null, null);
	}

	public Mail quoting(@Nullable String quote) {
		return new Mail(this.to, this.language, this.kind, this.args, quote, this.link, this.code, this.referenceType,
				this.referenceId);
	}

	public Mail linkingTo(String link) {
		return new Mail(this.to, this.language, this.kind, this.args, this.quote, link, this.code, this.referenceType,
				this.referenceId);
	}

	public Mail withCode(String code) {
		return new Mail(this.to, this.language, this.kind, this.args, this.quote, this.link, code, this.referenceType,
				this.referenceId);
	}

	public Mail about(String type, UUID id) {
		return new Mail(this.to, this.language, this.kind, this.args, this.quote, this.link, this.code, type, id);
	}

	Map<String, Object> variables() {
		java.util.HashMap<String, Object> variables = new java.util.HashMap<>();
		variables.put("quote", this.quote);
		variables.put("link", this.link);
		variables.put("code", this.code);
		return variables;
	}

}
