package com.wbiisg.mapping.responses.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PortfolioConfirmationRepository extends JpaRepository<PortfolioConfirmation, Long> {

	List<PortfolioConfirmation> findByRoundId(long roundId);

	Optional<PortfolioConfirmation> findByRoundIdAndOrganisationId(long roundId, long organisationId);

}
