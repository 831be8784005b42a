package io.tradehub.tracking;

import java.util.UUID;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/**
 * An entity whose id the hub assigns and that has no version: without this, a
 * repository's {@code save} takes the assigned id for a row that exists and reads it
 * before inserting, a query per insert the pipeline makes several times for every
 * document.
 */
@MappedSuperclass
abstract class AssignedId implements Persistable<UUID> {

	@Transient
	private boolean stored;

	@Override
	public boolean isNew() {
		return !this.stored;
	}

	@PostLoad
	@PostPersist
	void stored() {
		this.stored = true;
	}

}
