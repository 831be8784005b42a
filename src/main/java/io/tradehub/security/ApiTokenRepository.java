package io.tradehub.security;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApiTokenRepository extends JpaRepository<ApiToken, UUID> {

	Optional<ApiToken> findByTokenHash(String tokenHash);

	Optional<ApiToken> findByIdAndCompanyId(UUID id, UUID companyId);

	List<ApiToken> findByCompanyIdOrderByCreatedAt(UUID companyId);

}
