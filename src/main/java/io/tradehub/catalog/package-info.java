/**
 * The suppliers' catalogs: products, price lists with quantity tiers, and what each
 * customer sees of them and at what price.
 */
@NullMarked
package io.tradehub.catalog;

import org.jspecify.annotations.NullMarked;
