package com.wbiisg.mapping.responses.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ProjectRepository extends JpaRepository<Project, Long>, JpaSpecificationExecutor<Project> {

	/**
	 * The project, locked until the transaction ends, so that changes to its links are
	 * checked one after the other.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from Project p where p.id = :id")
	Optional<Project> findForUpdate(long id);

	List<Project> findByIdGreaterThanOrderByIdAsc(long id, Limit limit);

	/**
	 * The projects with ids in the range, each with its organisations, for a page of
	 * projects already read: loads the collection of all of them in one query.
	 */
	@Query("select p from Project p left join fetch p.organisations where p.id >= :first and p.id <= :last")
	List<Project> fetchOrganisations(long first, long last);

	/**
	 * The same with the projects' partners, initiatives and pillars.
	 */
	@Query("select p from Project p left join fetch p.partners left join fetch p.initiatives left join fetch p.pillars "
			+ "where p.id >= :first and p.id <= :last")
	List<Project> fetchPlaces(long first, long last);

	/**
	 * The same with the projects' funding.
	 */
	@Query("select p from Project p left join fetch p.funding where p.id >= :first and p.id <= :last")
	List<Project> fetchFunding(long first, long last);

	@Query("select distinct p.id from Project p join p.initiatives i join p.reportingYears y where i = :initiative and y = :year order by p.id")
	List<Long> findReportedFor(String initiative, int year);

	/**
	 * The project of an IATI identifier, ignoring case (see {@link Project#iatiKey}).
	 */
	default Optional<Project> findByIatiIdentifier(String iatiIdentifier) {
		return findByIatiKey(Project.iatiKey(iatiIdentifier));
	}

	Optional<Project> findByIatiKey(String iatiKey);

	List<Project> findByIatiKeyIn(Collection<String> iatiKeys);

	@Query("select count(p) from Project p join p.reportingYears y where p.reportingOrganisationId = :organisation and y = :year")
	long countPortfolio(long organisation, int year);

	@Query("select p.reportingOrganisationId, count(p) from Project p join p.reportingYears y where y = :year group by p.reportingOrganisationId")
	List<Object[]> countPortfolios(int year);

}
