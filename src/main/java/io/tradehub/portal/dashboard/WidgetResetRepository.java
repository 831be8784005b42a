package io.tradehub.portal.dashboard;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.tradehub.portal.Widget;

import org.springframework.data.repository.Repository;

/** Each user's widget resets. */
interface WidgetResetRepository extends Repository<WidgetReset, WidgetReset.Key> {

	List<WidgetReset> findByUserId(UUID userId);

	Optional<WidgetReset> findByUserIdAndWidget(UUID userId, Widget widget);

	WidgetReset save(WidgetReset reset);

}
