package com.wbiisg.mapping.responses.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import com.wbiisg.mapping.membership.Partner;
import com.wbiisg.mapping.responses.OrganisationRole;
import com.wbiisg.mapping.responses.ProjectFilter;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.jspecify.annotations.Nullable;

import org.springframework.data.jpa.domain.Specification;

/**
 * The same visibility rules as {@link ProjectViewer#canSee(Project)}, as a query, plus
 * the list filters.
 */
final class ProjectSpecifications {

	private ProjectSpecifications() {
	}

	static Specification<Project> visibleTo(ProjectViewer viewer) {
		return (root, query, cb) -> switch (viewer.role()) {
			case SECRETARIAT, BOARD, PARTNER_FOCAL_POINT -> cb.conjunction();
			case BENEFICIARY_FOCAL_POINT ->
				cb.or(cb.isMember(viewer.partner(), root.<Collection<String>>get("partners")),
						cb.isMember(Partner.REGIONAL, root.<Collection<String>>get("partners")));
			case OBSERVER -> cb.disjunction();
		};
	}

	static Specification<Project> publicListed() {
		return (root, query, cb) -> cb.isTrue(root.get("publicListed"));
	}

	/**
	 * The filter, with organisations already resolved to their ids (null: no such
	 * organisation, so nothing matches).
	 */
	static Specification<Project> matching(ProjectFilter filter, Resolved organisations) {
		return (root, query, cb) -> {
			List<Predicate> all = new ArrayList<>();
			if (filter.partner() != null && !filter.partner().isBlank()) {
				all.add(cb.isMember(filter.partner().trim().toUpperCase(Locale.ROOT),
						root.<Collection<String>>get("partners")));
			}
			if (filter.funder() != null && !filter.funder().isBlank()) {
				all.add(takesPart(root, query, cb, organisations.funder(), OrganisationRole.FUNDING));
			}
			if (filter.implementer() != null && !filter.implementer().isBlank()) {
				all.add(takesPart(root, query, cb, organisations.implementer(), OrganisationRole.IMPLEMENTING));
			}
			if (filter.initiative() != null && !filter.initiative().isBlank()) {
				all.add(cb.isMember(filter.initiative().trim(), root.<Collection<String>>get("initiatives")));
			}
			if (filter.pillar() != null && !filter.pillar().isBlank()) {
				all.add(cb.isMember(filter.pillar().trim().toUpperCase(Locale.ROOT),
						root.<Collection<String>>get("pillars")));
			}
			if (filter.status() != null) {
				all.add(cb.equal(root.get("status"), filter.status()));
			}
			if (filter.year() != null) {
				all.add(cb.isMember(filter.year(), root.<Collection<Integer>>get("reportingYears")));
			}
			if (filter.reportingOrganisationId() != null) {
				all.add(cb.equal(root.get("reportingOrganisationId"), filter.reportingOrganisationId()));
			}
			if (filter.q() != null && !filter.q().isBlank()) {
				String pattern = "%" + escape(filter.q().trim().toLowerCase(Locale.ROOT)) + "%";
				all.add(cb.or(cb.like(cb.lower(root.get("title")), pattern, '\\'),
						cb.like(cb.lower(cb.coalesce(root.get("description"), "")), pattern, '\\'),
						cb.like(cb.lower(cb.coalesce(root.get("iatiIdentifier"), "")), pattern, '\\')));
			}
			return cb.and(all.toArray(Predicate[]::new));
		};
	}

	private static Predicate takesPart(Root<Project> root, CriteriaQuery<?> query, CriteriaBuilder cb,
			@Nullable Long organisation, OrganisationRole role) {
		if (organisation == null) {
			return cb.disjunction();
		}
		Subquery<Long> participating = query.subquery(Long.class);
		Root<Project> project = participating.from(Project.class);
		Join<Project, ProjectParticipant> participant = project.join("organisations");
		participating.select(project.get("id"))
			.where(cb.equal(project.get("id"), root.get("id")),
					cb.equal(participant.get("organisationId"), organisation), cb.equal(participant.get("role"), role));
		return cb.exists(participating);
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/**
	 * The organisations a filter names, as ids.
	 */
	record Resolved(@Nullable Long funder, @Nullable Long implementer) {
	}

}
