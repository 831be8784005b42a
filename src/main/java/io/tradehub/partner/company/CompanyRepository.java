package io.tradehub.partner.company;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CompanyRepository extends JpaRepository<Company, UUID> {

	Optional<Company> findByInviteCode(String inviteCode);

	@Query("select c from Company c where c.role <> io.tradehub.partner.company.CompanyRole.CUSTOMER order by c.name")
	List<Company> findSuppliers();

	@Query("select count(c) > 0 from Company c join c.ediIdentities i where i.qualifier = :qualifier and i.identifier = :identifier and c.id <> :companyId")
	boolean identityHeldByOther(String qualifier, String identifier, UUID companyId);

	/** The companies holding an EDI identity with that id, under any qualifier. */
	@Query("select distinct c from Company c join c.ediIdentities i where i.identifier = :identifier")
	List<Company> findByEdiIdentifier(String identifier);

}
