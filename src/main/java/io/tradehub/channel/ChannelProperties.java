package io.tradehub.channel;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the inbound channels share their inboxes between hubs.
 *
 * @param idempotentLease how long a file or mail key keeps other takes of the same file
 * off ({@code tradehub.channels.idempotent-lease}); longer than any file takes to
 * receive, short enough that a file a crashed hub left in the inbox is not waited on
 * long. Keys are looked at every {@code tradehub.channels.idempotent-purge-interval}
 * (default one minute), so one lives up to that much longer.
 */
@ConfigurationProperties("tradehub.channels")
record ChannelProperties(@DefaultValue("PT5M") Duration idempotentLease) {
}
