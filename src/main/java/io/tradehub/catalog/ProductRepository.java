package io.tradehub.catalog;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Products, always within one supplier's catalog.
 */
interface ProductRepository extends JpaRepository<Product, UUID> {

	List<Product> findBySupplierIdOrderBySku(UUID supplierId);

	Optional<Product> findBySupplierIdAndSku(UUID supplierId, String sku);

	Optional<Product> findBySupplierIdAndGtinKey(UUID supplierId, String gtinKey);

}
