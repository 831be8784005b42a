package io.tradehub.partner.user;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

public interface UserAccountRepository extends JpaRepository<UserAccount, UUID> {

	Optional<UserAccount> findByEmail(String email);

	boolean existsByEmail(String email);

	List<UserAccount> findByCompanyIdOrderByEmail(UUID companyId);

	Optional<UserAccount> findByIdAndCompanyId(UUID id, UUID companyId);

	/**
	 * Locks the company's account managers, so two requests cannot remove the last two at
	 * once.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	List<UserAccount> findByCompanyIdAndAccountManagerTrue(UUID companyId);

	Optional<UserAccount> findFirstByCompanyIdAndAccountManagerTrueOrderByCreatedAt(UUID companyId);

}
