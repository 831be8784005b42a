package io.tradehub.catalog;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * Quantity tiers of the suppliers' price lists.
 */
interface TierPriceRepository extends JpaRepository<TierPrice, UUID> {

	List<TierPrice> findBySupplierIdAndPriceType(UUID supplierId, String priceType);

	List<TierPrice> findBySupplierIdOrderByPriceType(UUID supplierId);

	List<TierPrice> findByProductIdAndPriceType(UUID productId, String priceType);

	@Modifying(flushAutomatically = true)
	@Query("delete from TierPrice t where t.productId = :productId and t.priceType = :priceType")
	void deleteTiers(UUID productId, String priceType);

}
