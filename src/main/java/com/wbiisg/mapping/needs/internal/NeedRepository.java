package com.wbiisg.mapping.needs.internal;

import java.util.Collection;
import java.util.List;

import com.wbiisg.mapping.needs.NeedFact;
import com.wbiisg.mapping.needs.NeedStatus;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface NeedRepository extends JpaRepository<Need, Long>, JpaSpecificationExecutor<Need> {

	List<Need> findByIdGreaterThanOrderByIdAsc(long id, Limit limit);

	/**
	 * The facts of the needs, read as values: nothing joins the persistence context, so a
	 * large import does not fill it.
	 */
	@Query("""
			select new com.wbiisg.mapping.needs.NeedFact(n.id, n.cycleId, n.initiative, n.pillar, n.objective,
			n.measureCode, n.partner, n.title, n.description, n.priority, n.status, n.restricted, n.estimatedCostEur)
			from Need n where n.id in :ids """)
	List<NeedFact> findFactsByIdIn(Collection<Long> ids);

	List<Need> findByCycleIdAndPartnerAndStatus(long cycleId, String partner, NeedStatus status);

	List<Need> findByCycleIdAndStatusAndIdIn(long cycleId, NeedStatus status, Collection<Long> ids);

	/**
	 * Needs per partner and status in a cycle, restricted ones included: counts are
	 * aggregates that everyone allowed into the cycle may see.
	 */
	@Query("select n.partner, n.status, count(n) from Need n where n.cycleId = :cycleId group by n.partner, n.status")
	List<Object[]> countByPartnerAndStatus(long cycleId);

}
