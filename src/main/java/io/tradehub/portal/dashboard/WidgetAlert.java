package io.tradehub.portal.dashboard;

import java.io.Serializable;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * A user's wish to be mailed when a widget's count rises above zero, in the language the
 * user read the portal in when switching it on, with what the last check counted.
 */
@Entity
@Table(name = "widget_alert")
@IdClass(WidgetAlert.Key.class)
class WidgetAlert {

	@Id
	@Column(name = "user_id")
	private UUID userId;

	@Id
	private String widget;

	private String language;

	private long lastCount;

	protected WidgetAlert() {
		// for JPA
	}

	WidgetAlert(UUID userId, String widget, Locale language, long count) {
		this.userId = userId;
		this.widget = widget;
		this.language = language.getLanguage();
		this.lastCount = count;
	}

	UUID userId() {
		return this.userId;
	}

	String widget() {
		return this.widget;
	}

	Locale language() {
		return Locale.forLanguageTag(this.language);
	}

	long lastCount() {
		return this.lastCount;
	}

	/** The primary key: one row per user and widget. */
	record Key(UUID userId, String widget) implements Serializable {
	}

}
