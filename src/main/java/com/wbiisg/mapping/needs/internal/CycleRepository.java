package com.wbiisg.mapping.needs.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CycleRepository extends JpaRepository<Cycle, Long> {

	List<Cycle> findAllByOrderByOpensOnDescIdDesc();

	boolean existsByInitiativeAndName(String initiative, String name);

}
