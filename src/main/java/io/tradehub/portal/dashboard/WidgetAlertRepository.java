package io.tradehub.portal.dashboard;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The widgets users want mail about. */
interface WidgetAlertRepository extends Repository<WidgetAlert, WidgetAlert.Key> {

	List<WidgetAlert> findAll();

	List<WidgetAlert> findByUserId(UUID userId);

	Optional<WidgetAlert> findByUserIdAndWidget(UUID userId, String widget);

	WidgetAlert save(WidgetAlert alert);

	void delete(WidgetAlert alert);

	/**
	 * Records a new count only if the row still holds the one the check read, so of two
	 * checks at once (two hub instances) only one mails.
	 * @return 1 if this check moved the count, 0 if another did
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update WidgetAlert a set a.lastCount = :count where a.userId = :userId and a.widget = :widget"
			+ " and a.lastCount = :previous")
	int moveCount(UUID userId, String widget, long previous, long count);

}
