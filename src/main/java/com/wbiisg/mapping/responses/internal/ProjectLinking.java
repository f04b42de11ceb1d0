package com.wbiisg.mapping.responses.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.wbiisg.mapping.audit.Changes;
import com.wbiisg.mapping.needs.NeedStatus;
import com.wbiisg.mapping.needs.NeedView;
import com.wbiisg.mapping.needs.Needs;
import com.wbiisg.mapping.responses.LinkInput;
import com.wbiisg.mapping.responses.ProjectLinkView;
import com.wbiisg.mapping.shared.HiddenRecordException;
import com.wbiisg.mapping.shared.Inputs;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.InvalidInputException.FieldProblem;
import com.wbiisg.mapping.shared.RecordNotFoundException;
import com.wbiisg.mapping.shared.RecordType;
import com.wbiisg.mapping.shared.UserText;
import com.wbiisg.mapping.shared.validation.RecordValidation;
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

	/**
	 * A project's link to a need, named with the project's id.
	 */
	private static final RecordType LINK_TO_NEED = RecordType.of(RECORD, "responses.record.linkToNeed");

	/**
	 * A need, as the audit trail keeps a denied read of it.
	 */
	private static final RecordType NEED = RecordType.of("Need", "responses.record.need");

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
		List<FieldProblem> problems = new ArrayList<>(RecordValidation.problems(input, "needId"));
		Optional<NeedView> need = (input.needId() == null) ? Optional.empty() : this.needs.findVisible(input.needId());
		if (input.needId() != null && need.isEmpty()) {
			problems.add(new FieldProblem("needId", UserText.of("responses.linking.needUnknown", input.needId())));
		}
		else if (need.isPresent() && need.get().status() == NeedStatus.DRAFT) {
			problems.add(new FieldProblem("needId", UserText.of("responses.linking.needDraft", input.needId())));
		}
		else if (need.isPresent() && !project.benefits(need.get().partner())) {
			problems.add(new FieldProblem("needId",
					UserText.of("responses.linking.notBeneficiary", input.needId(), need.get().partner())));
		}
		List<ProjectLink> existing = this.links.findByProjectIdOrderByIdAsc(projectId);
		if (need.isPresent() && existing.stream().anyMatch((link) -> link.getNeedId() == need.get().id())) {
			problems.add(new FieldProblem("needId", UserText.of("responses.linking.alreadyLinked", need.get().id())));
		}
		problems.addAll(RecordValidation.problems(input, "coverage"));
		List<FieldProblem> share = RecordValidation.problems(input, "sharePercent");
		problems.addAll(share);
		if (share.isEmpty()) {
			checkShareLeft(input.sharePercent(), existing, problems);
		}
		problems.addAll(RecordValidation.problems(input, "note"));
		String note = Inputs.text(input.note());
		InvalidInputException.throwIfAny(problems);
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
		RecordType record = LINK_TO_NEED.naming(projectId);
		ProjectLink link = this.links.findByProjectIdAndNeedId(projectId, needId)
			.orElseThrow(() -> new RecordNotFoundException(record, needId));
		if (this.needs.findVisible(needId).isEmpty()) {
			throw new HiddenRecordException(NEED, needId).answeredAs(record, needId);
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
				ProjectRegistry.PROJECT, projectId);
		if (!viewer.canEdit(project)) {
			throw new AccessDeniedException(UserText.of("responses.linking.editorsOnly").english());
		}
		return project;
	}

	/**
	 * Checks that the project's links leave the share for this one; the share itself was
	 * checked on its own.
	 */
	private static void checkShareLeft(@Nullable BigDecimal share, List<ProjectLink> existing,
			List<FieldProblem> problems) {
		if (share == null) {
			return;
		}
		BigDecimal given = existing.stream()
			.map(ProjectLink::getSharePercent)
			.filter((value) -> value != null)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		if (given.add(share).compareTo(ProjectLink.HUNDRED) > 0) {
			problems.add(new FieldProblem("sharePercent",
					UserText.of("responses.linking.shareExceeded", given.stripTrailingZeros().toPlainString(),
							ProjectLink.HUNDRED.subtract(given).stripTrailingZeros().toPlainString())));
		}
	}

}
