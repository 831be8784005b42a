package io.tradehub.tracking;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface RawContentRepository extends JpaRepository<RawContent, UUID> {

}
