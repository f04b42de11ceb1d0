package com.wbiisg.mapping.responses.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProjectLinkRepository extends JpaRepository<ProjectLink, Long> {

	List<ProjectLink> findByProjectIdOrderByIdAsc(long projectId);

	List<ProjectLink> findByNeedIdOrderByIdAsc(long needId);

	List<ProjectLink> findByProjectIdIn(Collection<Long> projectIds);

	List<ProjectLink> findByNeedIdIn(Collection<Long> needIds);

	@Query("select distinct l.projectId from ProjectLink l where l.needId in :needIds")
	List<Long> findProjectIdsByNeedIdIn(Collection<Long> needIds);

	Optional<ProjectLink> findByProjectIdAndNeedId(long projectId, long needId);

	/**
	 * The links of the projects after the one given, project by project as the unique
	 * index on (project, need) orders them, at most {@code limit}.
	 */
	List<ProjectLink> findByProjectIdGreaterThanOrderByProjectIdAscNeedIdAsc(long projectId, Limit limit);

}
