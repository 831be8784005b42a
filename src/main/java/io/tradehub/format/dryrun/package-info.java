/**
 * The dry run: partners' files read, mapped and written as the hub would, without sending
 * anything; on the command line and at {@code POST /api/v1/dry-run}. Exposed to the
 * application's entry point, which starts it instead of the hub.
 */
@NullMarked
@NamedInterface("dryrun")
package io.tradehub.format.dryrun;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
