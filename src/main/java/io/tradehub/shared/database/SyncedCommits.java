package io.tradehub.shared.database;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Every data source of the hub hands out connections whose commits are on disk when they
 * return ({@link SyncingDataSource}): the pipeline acknowledges a channel once its
 * receipt is committed, so a commit must outlive the machine, not only the process.
 */
@Component
class SyncedCommits implements BeanPostProcessor {

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		return (bean instanceof DataSource dataSource && !(bean instanceof SyncingDataSource))
				? new SyncingDataSource(dataSource) : bean;
	}

}
