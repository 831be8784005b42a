/**
 * Partner channels: the Camel route templates that bring files in from SFTP, IMAP, JMS
 * and folders and deliver them out over SFTP, SMTP, JMS, HTTP webhooks and folders, and
 * the loader of the {@code routes/} YAML files that instantiate them per partner. The
 * contract with the pipeline is {@link io.tradehub.channel.Channels}.
 */
@ApplicationModule(displayName = "Channels")
@NullMarked
package io.tradehub.channel;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
