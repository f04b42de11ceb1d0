package com.wbiisg.mapping.membership.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganisationRepository extends JpaRepository<OrganisationEntity, Long> {

	List<OrganisationEntity> findAllByOrderByNameAsc();

	Optional<OrganisationEntity> findByShortNameIgnoreCase(String shortName);

	Optional<OrganisationEntity> findByIatiIdentifierIgnoreCase(String iatiIdentifier);

}
