/**
 * The canonical documents' XML form: the same model and names as their JSON form, read
 * with a StAX factory named explicitly and hardened against DTDs and external entities.
 */
@NullMarked
package io.tradehub.format.xml;

import org.jspecify.annotations.NullMarked;
