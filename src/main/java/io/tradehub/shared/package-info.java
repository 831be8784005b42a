/**
 * Small value types and exceptions every capability shares; no beans of its own apart
 * from the API error mapping and the embedded database's compaction.
 */
@NullMarked
package io.tradehub.shared;

import org.jspecify.annotations.NullMarked;
