package io.tradehub.portal.dashboard;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import io.tradehub.portal.Widget;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * When a user last reset a widget. Only the moment is kept: the counter is still computed
 * from deadlines and the clock, over what arrived since.
 */
@Entity
@Table(name = "widget_reset")
@IdClass(WidgetReset.Key.class)
class WidgetReset {

	@Id
	@Column(name = "user_id")
	private UUID userId;

	@Id
	@Enumerated(EnumType.STRING)
	private Widget widget;

	private Instant resetAt;

	protected WidgetReset() {
		// for JPA
	}

	WidgetReset(UUID userId, Widget widget, Instant resetAt) {
		this.userId = userId;
		this.widget = widget;
		this.resetAt = resetAt;
	}

	UUID userId() {
		return this.userId;
	}

	Widget widget() {
		return this.widget;
	}

	Instant resetAt() {
		return this.resetAt;
	}

	void resetAgain(Instant at) {
		this.resetAt = at;
	}

	/** The primary key: one row per user and widget. */
	record Key(UUID userId, Widget widget) implements Serializable {
	}

}
