package com.wbiisg.mapping.needs.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.wbiisg.mapping.needs.NeedAudience;
import com.wbiisg.mapping.needs.NeedFilter;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.springframework.data.jpa.domain.Specification;

/**
 * The same visibility rules as {@link Viewer#canSee(Need)}, as a query, plus the list
 * filters.
 */
final class NeedSpecifications {

	private NeedSpecifications() {
	}

	static Specification<Need> visibleTo(Viewer viewer) {
		NeedAudience audience = viewer.audience();
		return (root, query, cb) -> audience.predicate(cb, root.get("initiative"), root.get("pillar"),
				root.get("partner"), root.get("status"), root.get("restricted"));
	}

	/**
	 * The needs of the pillars whose working groups the viewer's organisation leads.
	 */
	static Specification<Need> ledBy(Viewer viewer) {
		return (root, query, cb) -> covers(root, cb, viewer.leads());
	}

	static Specification<Need> matching(NeedFilter filter) {
		return (root, query, cb) -> {
			List<Predicate> all = new ArrayList<>();
			if (filter.cycle() != null) {
				all.add(cb.equal(root.get("cycleId"), filter.cycle()));
			}
			if (filter.partner() != null) {
				all.add(cb.equal(root.get("partner"), filter.partner().toUpperCase(Locale.ROOT)));
			}
			if (filter.pillar() != null) {
				all.add(cb.equal(root.get("pillar"), filter.pillar().toUpperCase(Locale.ROOT)));
			}
			if (filter.objective() != null) {
				all.add(cb.equal(root.get("objective"), filter.objective().toUpperCase(Locale.ROOT)));
			}
			if (filter.measure() != null) {
				all.add(cb.equal(root.get("measureCode"), filter.measure().toUpperCase(Locale.ROOT)));
			}
			if (filter.status() != null) {
				all.add(cb.equal(root.get("status"), filter.status()));
			}
			if (filter.q() != null && !filter.q().isBlank()) {
				String pattern = "%" + escape(filter.q().trim().toLowerCase(Locale.ROOT)) + "%";
				all.add(cb.or(cb.like(cb.lower(root.get("title")), pattern, '\\'),
						cb.like(cb.lower(cb.coalesce(root.get("description"), "")), pattern, '\\'),
						cb.like(cb.lower(cb.coalesce(root.get("institution"), "")), pattern, '\\')));
			}
			return cb.and(all.toArray(Predicate[]::new));
		};
	}

	private static Predicate covers(Root<Need> root, CriteriaBuilder cb, Set<NeedAudience.Scope> scopes) {
		List<Predicate> any = new ArrayList<>();
		for (NeedAudience.Scope scope : scopes) {
			Predicate initiative = cb.equal(root.get("initiative"), scope.initiative());
			any.add((scope.pillar() == null) ? initiative
					: cb.and(initiative, cb.equal(root.get("pillar"), scope.pillar())));
		}
		return any.isEmpty() ? cb.disjunction() : cb.or(any.toArray(Predicate[]::new));
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
