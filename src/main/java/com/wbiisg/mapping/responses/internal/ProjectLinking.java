package com.wbiisg.mapping.responses.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.wbiisg.mapping.audit.Changes;
import com.wbiisg.mapping.needs.NeedStatus;
import com.wbiisg.mapping.needs.NeedView;
import com.wbiisg.mapping.needs.Needs;
import com.wbiisg.mapping.responses.ProjectLinkView;
import com.wbiisg.mapping.shared.FieldChecks;
import com.wbiisg.mapping.shared.HiddenRecordException;
import com.wbiisg.mapping.shared.InvalidInputException.FieldProblem;
import com.wbiisg.mapping.shared.RecordNotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Linking projects to the needs they address: only needs the user may see, that have been
 * submitted, of a partner the project benefits; each need once; the shares given add up
 * to at most 100%. The project is locked while its links change, so two links made at the
 * same moment are checked one after the other.
 */
@Service
@Transactional
public class ProjectLinking {

	static final String RECORD = "ProjectLink";

	private final ProjectRepository projects;

	private final ProjectLinkRepository links;

	private final Needs needs;

	private final ResponsesSupport support;

	ProjectLinking(ProjectRepository projects, ProjectLinkRepository links, Needs needs, ResponsesSupport support) {
		this.projects = projects;
		this.links = links;
		this.needs = needs;
		this.support = support;
	}

	public ProjectLinkView link(long projectId, LinkInput input) {
		ProjectViewer viewer = this.support.viewer();
		Project project = editable(viewer, projectId);
		List<FieldProblem> problems = new ArrayList<>();
		Optional<NeedView> need = (input.needId() == null) ? Optional.empty() : this.needs.findVisible(input.needId());
		if (input.needId() == null) {
			problems.add(new FieldProblem("needId", "Choose the need the project addresses."));
		}
		else if (need.isEmpty()) {
			problems.add(new FieldProblem("needId", "There is no need " + input.needId() + " that you may see."));
		}
		else if (need.get().status() == NeedStatus.DRAFT) {
			problems.add(new FieldProblem("needId",
					"Need " + input.needId() + " is still a draft of its partner; link it once it is submitted."));
		}
		else if (!project.benefits(need.get().partner())) {
			problems.add(new FieldProblem("needId",
					"Need " + input.needId() + " is a need of " + need.get().partner()
							+ ", which the project does not benefit; add " + need.get().partner()
							+ " to its beneficiaries first."));
		}
		List<ProjectLink> existing = this.links.findByProjectIdOrderByIdAsc(projectId);
		if (need.isPresent() && existing.stream().anyMatch((link) -> link.getNeedId() == need.get().id())) {
			problems.add(new FieldProblem("needId", "The project is already linked to need " + need.get().id() + "."));
		}
		if (input.coverage() == null) {
			problems.add(new FieldProblem("coverage", "Choose full or partial coverage."));
		}
		checkShare(input.sharePercent(), existing, problems);
		String note = FieldChecks.optional(problems, "note", input.note(), 1000);
		FieldChecks.throwIfAny(problems);
		NeedView linked = need.get();
		ProjectLink link = this.links.saveAndFlush(new ProjectLink(projectId, linked.id(), linked.partner(),
				input.coverage(), input.sharePercent(), note, viewer.username(), this.support.now()));
		this.support.audit()
			.recordChange("LINK", RECORD, link.getId(),
					Changes.of()
						.set("project", projectId)
						.set("need", linked.id())
						.set("coverage", input.coverage())
						.set("sharePercent", input.sharePercent())
						.set("note", note));
		existing.add(link);
		return ProjectLink.views(existing).get(existing.size() - 1);
	}

	public void unlink(long projectId, long needId) {
		ProjectViewer viewer = this.support.viewer();
		editable(viewer, projectId);
		// A link to a need the user may not see does not exist for it.
		String record = "Link of project " + projectId + " to need";
		ProjectLink link = this.links.findByProjectIdAndNeedId(projectId, needId)
			.orElseThrow(() -> new RecordNotFoundException(record, needId));
		if (this.needs.findVisible(needId).isEmpty()) {
			throw new HiddenRecordException("Need", needId).answeredAs(record, needId);
		}
		this.links.delete(link.unlink());
		this.links.flush();
		this.support.audit()
			.recordChange("UNLINK", RECORD, link.getId(),
					Changes.of()
						.field("project", projectId, null)
						.field("need", needId, null)
						.field("coverage", link.getCoverage(), null)
						.field("sharePercent", link.getSharePercent(), null));
	}

	private Project editable(ProjectViewer viewer, long projectId) {
		Project project = HiddenRecordException.requireVisible(this.projects.findForUpdate(projectId), viewer::canSee,
				ProjectRegistry.RECORD, projectId);
		if (!viewer.canEdit(project)) {
			throw new AccessDeniedException(
					"Only the organisation that reports a project and the Secretariat link it to needs.");
		}
		return project;
	}

	private static void checkShare(@Nullable BigDecimal share, List<ProjectLink> existing,
			List<FieldProblem> problems) {
		if (share == null) {
			return;
		}
		if (share.signum() <= 0 || share.compareTo(ProjectLink.HUNDRED) > 0) {
			problems.add(new FieldProblem("sharePercent", "A share is a percentage above 0 and at most 100."));
			return;
		}
		if (share.stripTrailingZeros().scale() > 2) {
			problems.add(new FieldProblem("sharePercent", "A share has at most two decimals."));
			return;
		}
		BigDecimal given = existing.stream()
			.map(ProjectLink::getSharePercent)
			.filter((value) -> value != null)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		if (given.add(share).compareTo(ProjectLink.HUNDRED) > 0) {
			problems.add(new FieldProblem("sharePercent",
					"The project's links already take " + given.stripTrailingZeros().toPlainString()
							+ "% of its budget; this link can take at most "
							+ ProjectLink.HUNDRED.subtract(given).stripTrailingZeros().toPlainString() + "%."));
		}
	}

}
