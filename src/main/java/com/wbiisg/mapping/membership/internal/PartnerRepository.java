package com.wbiisg.mapping.membership.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PartnerRepository extends JpaRepository<PartnerEntity, String> {

	List<PartnerEntity> findAllByOrderBySortOrderAsc();

}
