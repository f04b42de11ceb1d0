package com.wbiisg.mapping.framework.internal;

import java.util.List;
import java.util.Optional;

import com.wbiisg.mapping.framework.FrameworkStatus;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FrameworkVersionRepository extends JpaRepository<FrameworkVersion, Long> {

	List<FrameworkVersion> findByInitiativeOrderByCycleDescNumberDesc(String initiative);

	List<FrameworkVersion> findAllByOrderByInitiativeAscCycleDescNumberDesc();

	List<FrameworkVersion> findByInitiativeAndCycleAndStatus(String initiative, String cycle, FrameworkStatus status);

	@EntityGraph(attributePaths = "items")
	@Query("select f from FrameworkVersion f where f.id = :id")
	Optional<FrameworkVersion> findWithItems(long id);

	@Query("select coalesce(max(f.number), 0) from FrameworkVersion f where f.initiative = :initiative and f.cycle = :cycle")
	int findHighestNumber(String initiative, String cycle);

}
