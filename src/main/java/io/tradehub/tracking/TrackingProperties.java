package io.tradehub.tracking;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of what the hub takes in.
 *
 * @param maxFileSize the largest file, message or attachment the hub reads; a larger one
 * is archived and refused
 */
@ConfigurationProperties("tradehub.tracking")
record TrackingProperties(@DefaultValue("50MB") DataSize maxFileSize) {
}
