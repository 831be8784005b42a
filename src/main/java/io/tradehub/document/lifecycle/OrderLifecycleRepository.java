package io.tradehub.document.lifecycle;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface OrderLifecycleRepository
		extends JpaRepository<OrderLifecycle, UUID>, JpaSpecificationExecutor<OrderLifecycle> {

	Optional<OrderLifecycle> findByConnectionIdAndOrderNumber(UUID connectionId, String orderNumber);

	Optional<OrderLifecycle> findByOrderDocumentId(UUID orderDocumentId);

}
