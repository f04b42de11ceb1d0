package com.wbiisg.mapping.needs.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.wbiisg.mapping.audit.Changes;
import com.wbiisg.mapping.framework.FrameworkTree;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.framework.ItemLevel;
import com.wbiisg.mapping.identity.Role;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.membership.Partner;
import com.wbiisg.mapping.needs.NeedInput;
import com.wbiisg.mapping.needs.NeedView;
import com.wbiisg.mapping.shared.HiddenRecordException;
import com.wbiisg.mapping.shared.InvalidInputException.FieldProblem;
import com.wbiisg.mapping.shared.RecordType;
import com.wbiisg.mapping.shared.UserText;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating and changing needs: a focal point for its own partner, the Secretariat for any
 * partner and for regional needs; only under measures of the cycle's framework, only
 * while the cycle is open.
 */
@Service
@Transactional
public class NeedEditing {

	static final String RECORD = "Need";

	static final RecordType NEED = RecordType.of(RECORD, "needs.record.need");

	private final NeedRepository needs;

	private final CycleRepository cycles;

	private final Frameworks frameworks;

	private final Membership membership;

	private final NeedsSupport support;

	NeedEditing(NeedRepository needs, CycleRepository cycles, Frameworks frameworks, Membership membership,
			NeedsSupport support) {
		this.needs = needs;
		this.cycles = cycles;
		this.frameworks = frameworks;
		this.membership = membership;
		this.support = support;
	}

	public NeedView create(NeedInput input) {
		Viewer viewer = this.support.viewer();
		List<FieldProblem> problems = new ArrayList<>();
		String partner = (input.partner() == null) ? null : input.partner().trim().toUpperCase(Locale.ROOT);
		mayCreateFor(viewer, partner);
		Cycle cycle = (input.cycleId() == null) ? null : this.cycles.findById(input.cycleId()).orElse(null);
		if (cycle == null) {
			problems.add(new FieldProblem("cycleId", UserText.of("needs.cycle.unknown", input.cycleId())));
		}
		if (partner == null || this.membership.partner(partner).isEmpty()) {
			problems.add(new FieldProblem("partner", UserText.of("needs.partner.unknown", partner)));
		}
		String measure = (input.measureCode() == null) ? "" : input.measureCode().trim().toUpperCase(Locale.ROOT);
		if (cycle != null && !isMeasure(cycle, measure)) {
			problems
				.add(new FieldProblem("measureCode", UserText.of("needs.measure.unknown", measure, cycle.getName())));
		}
		NeedContent content = NeedRules.check(input, problems);
		cycle.ensureOpen();
		Need need = this.needs.saveAndFlush(new Need(cycle.getId(), cycle.getInitiative(), measure, partner, content,
				viewer.username(), this.support.now()));
		this.support.audit()
			.recordChange("CREATE", RECORD, need.getId(),
					describe(null, need.toView()).set("cycle", cycle.getName())
						.set("measure", measure)
						.set("partner", partner));
		return need.toView();
	}

	public NeedView update(long id, long expectedVersion, NeedInput input) {
		Viewer viewer = this.support.viewer();
		Need need = HiddenRecordException.requireVisible(this.needs.findById(id), viewer::canSee, NEED, id);
		NeedView before = need.toView();
		need.ensureEditable(viewer.actorFor(need), expectedVersion);
		List<FieldProblem> problems = new ArrayList<>();
		NeedContent content = NeedRules.check(input, problems);
		need.edit(content, expectedVersion, viewer.actorFor(need), this.support.now());
		this.needs.saveAndFlush(need);
		this.support.audit().recordChange("UPDATE", RECORD, id, describe(before, need.toView()));
		return need.toView();
	}

	static void mayCreateFor(Viewer viewer, String partner) {
		// A focal point who names no partner learns that the partner is required (422),
		// not that it is refused.
		boolean allowed = viewer.role() == Role.SECRETARIAT || (viewer.role() == Role.BENEFICIARY_FOCAL_POINT
				&& (partner == null || (partner.equals(viewer.partner()) && !Partner.REGIONAL.equals(partner))));
		if (!allowed) {
			throw new AccessDeniedException(UserText.of("needs.need.enterersOnly").english());
		}
	}

	private boolean isMeasure(Cycle cycle, String code) {
		FrameworkTree tree = this.frameworks.tree(cycle.getFrameworkId());
		return tree.find(code).filter((node) -> node.level() == ItemLevel.MEASURE).isPresent();
	}

	static Changes describe(NeedView before, NeedView after) {
		return Changes.of()
			.field("title", before == null ? null : before.title(), after.title())
			.field("description", before == null ? null : before.description(), after.description())
			.field("type", before == null ? null : before.type(), after.type())
			.field("perspective", before == null ? null : before.perspective(), after.perspective())
			.field("priority", before == null ? null : before.priority(), after.priority())
			.field("institution", before == null ? null : before.institution(), after.institution())
			.field("estimatedCostEur", before == null ? null : before.estimatedCostEur(), after.estimatedCostEur())
			.field("timeframe", before == null ? null : before.timeframe(), after.timeframe())
			.field("timeframeStart", before == null ? null : before.timeframeStart(), after.timeframeStart())
			.field("timeframeEnd", before == null ? null : before.timeframeEnd(), after.timeframeEnd())
			.field("references", before == null ? null : before.references(), after.references())
			.field("restricted", before == null ? null : before.restricted(), after.restricted());
	}

}
