package com.wbiisg.mapping.framework.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InitiativeRepository extends JpaRepository<InitiativeEntity, String> {

	List<InitiativeEntity> findAllByOrderBySortOrder();

}
