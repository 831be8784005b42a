package io.tradehub.portal.dashboard;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.tradehub.mail.Mail;
import io.tradehub.mail.MailService;
import io.tradehub.partner.UserAccounts;
import io.tradehub.shared.Caller;
import io.tradehub.shared.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Email alerts per widget: a user who switched one on gets one mail when the widget's
 * count rises from zero to something, and the next only after it was back at zero (the
 * work done, or the widget reset). A count that merely grows further mails nothing more,
 * so a busy widget is not a mail per check.
 */
@Service
class WidgetAlerts {

	private final WidgetAlertRepository alerts;

	private final Dashboard dashboard;

	private final UserAccounts users;

	private final MailService mail;

	private final MessageSource messages;

	private final TransactionTemplate transactions;

	private final String portal;

	WidgetAlerts(WidgetAlertRepository alerts, Dashboard dashboard, UserAccounts users, MailService mail,
			MessageSource messages, TransactionTemplate transactions,
			@Value("${tradehub.public-url}") String publicUrl) {
		this.alerts = alerts;
		this.dashboard = dashboard;
		this.users = users;
		this.mail = mail;
		this.messages = messages;
		this.transactions = transactions;
		this.portal = (publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl);
	}

	/** The keys of the caller's widgets that mail. */
	@Transactional(readOnly = true)
	Set<String> switchedOn(Caller caller) {
		return this.alerts.findByUserId(Dashboard.user(caller))
			.stream()
			.map(WidgetAlert::widget)
			.collect(Collectors.toSet());
	}

	/**
	 * Mails from now on, in the given language; a widget counting something already mails
	 * only once it has been back at zero. Switching on again changes nothing.
	 */
	@Transactional
	void switchOn(Caller caller, String key, Locale language) {
		WidgetCount widget = widget(caller, key);
		UUID user = Dashboard.user(caller);
		if (this.alerts.findByUserIdAndWidget(user, key).isEmpty()) {
			this.alerts.save(new WidgetAlert(user, key, language, widget.count()));
		}
	}

	@Transactional
	void switchOff(Caller caller, String key) {
		this.alerts.findByUserIdAndWidget(Dashboard.user(caller), key).ifPresent(this.alerts::delete);
	}

	/**
	 * Counts every widget that mails, each in a transaction of its own.
	 * @return how many mails were queued
	 */
	@Scheduled(fixedDelayString = "${tradehub.portal.alert-interval:PT1M}",
			initialDelayString = "${tradehub.portal.alert-interval:PT1M}")
	int check() {
		int mailed = 0;
		for (WidgetAlert alert : this.alerts.findAll()) {
			if (Boolean.TRUE.equals(this.transactions.execute((status) -> check(alert)))) {
				mailed++;
			}
		}
		return mailed;
	}

	private boolean check(WidgetAlert alert) {
		Caller caller = this.users.caller(alert.userId()).orElse(null);
		WidgetCount widget = (caller != null) ? this.dashboard.widgets(caller)
			.stream()
			.filter((count) -> count.key().equals(alert.widget()))
			.findFirst()
			.orElse(null) : null;
		if (widget == null) {
			// the saved search was removed or the privilege taken away: the alert goes
			// too
			this.alerts.findByUserIdAndWidget(alert.userId(), alert.widget()).ifPresent(this.alerts::delete);
			return false;
		}
		if (widget.count() == alert.lastCount()
				|| this.alerts.moveCount(alert.userId(), alert.widget(), alert.lastCount(), widget.count()) == 0) {
			return false;
		}
		if (alert.lastCount() > 0 || widget.count() == 0) {
			return false;
		}
		Locale language = alert.language();
		String title = (widget.widget() != null) ? this.messages.getMessage(widget.widget().titleKey(), null, language)
				: widget.name();
		this.mail.queue(Mail.of(caller.name(), language, "widget-alert", title, widget.count())
			.linkingTo(this.portal + widget.search().link()));
		return true;
	}

	private WidgetCount widget(Caller caller, String key) {
		return this.dashboard.widgets(caller)
			.stream()
			.filter((count) -> count.key().equals(key))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("widget", key));
	}

}
