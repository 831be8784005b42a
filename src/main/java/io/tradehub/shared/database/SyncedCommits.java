package io.tradehub.shared.database;

import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Every data source of the hub hands out connections whose commits are on disk when they
 * return ({@link SyncingDataSource}): the pipeline acknowledges a channel once its
 * receipt is committed, so a commit must outlive the machine, not only the process.
 */
@Component
class SyncedCommits implements BeanPostProcessor {

	private final Duration commitDelay;

	/**
	 * @param commitDelay how long a store of the embedded database waits for more commits
	 * to join it (application.yml)
	 */
	SyncedCommits(@Value("${tradehub.database.commit-delay:2ms}") Duration commitDelay) {
		this.commitDelay = commitDelay;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		return (bean instanceof DataSource dataSource && !(bean instanceof SyncingDataSource))
				? new SyncingDataSource(dataSource, this.commitDelay) : bean;
	}

}
