package com.wbiisg.mapping.identity.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

	Optional<ApiToken> findByTokenHashAndRevokedFalse(String tokenHash);

	List<ApiToken> findByAccountIdOrderByCreatedAtDesc(Long accountId);

}
