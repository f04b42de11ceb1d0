package com.wbiisg.mapping.needs.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface NeedTransitionRepository extends JpaRepository<NeedTransition, Long> {

	List<NeedTransition> findByNeedIdOrderByAtAscIdAsc(long needId);

}
