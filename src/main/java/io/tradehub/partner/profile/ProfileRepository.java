package io.tradehub.partner.profile;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProfileRepository extends JpaRepository<Profile, UUID> {

	Optional<Profile> findByPartnerKey(String partnerKey);

	/** The profiles that list the route among their inbound channels. */
	@Query("select distinct p from Profile p join p.inboundChannels c where c.routeId = :routeId")
	List<Profile> findByInboundRoute(String routeId);

}
