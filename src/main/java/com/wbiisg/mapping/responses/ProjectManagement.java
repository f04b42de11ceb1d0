package com.wbiisg.mapping.responses;

import java.util.List;
import java.util.Optional;

import com.wbiisg.mapping.responses.internal.ProjectLinking;
import com.wbiisg.mapping.responses.internal.ProjectQueries;
import com.wbiisg.mapping.responses.internal.ProjectRegistry;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;

/**
 * The support projects as the project pages and the API use them: reading the projects
 * the current user may see with their links to needs, registering and changing projects,
 * and linking them to needs. The rules, the visibility, the access checks and the audit
 * are those of the services this delegates to.
 */
@Service
public class ProjectManagement {

	private final ProjectQueries queries;

	private final ProjectRegistry registry;

	private final ProjectLinking linking;

	ProjectManagement(ProjectQueries queries, ProjectRegistry registry, ProjectLinking linking) {
		this.queries = queries;
		this.registry = registry;
		this.linking = linking;
	}

	/**
	 * A project the current user may see, with the links to needs it may see.
	 * @throws com.wbiisg.mapping.shared.RecordNotFoundException when there is none, a
	 * {@link com.wbiisg.mapping.shared.HiddenRecordException} when the user may not see
	 * it
	 */
	public ProjectDetails get(long id) {
		return this.queries.get(id);
	}

	/**
	 * One page of the projects of the filter that the current user may see.
	 */
	public Page<ProjectView> search(ProjectFilter filter, int page, int size) {
		return this.queries.search(filter, page, size);
	}

	/**
	 * The projects the current user may see that address the need, with their links.
	 * @throws com.wbiisg.mapping.shared.RecordNotFoundException when there is no such
	 * need, a {@link com.wbiisg.mapping.shared.HiddenRecordException} when the user may
	 * not see it
	 */
	public List<NeedProject> ofNeed(long needId) {
		return this.queries.ofNeed(needId);
	}

	/**
	 * The organisation the current user enters projects for, if it enters projects.
	 */
	public Optional<Long> ownOrganisation() {
		return this.queries.ownOrganisation();
	}

	/**
	 * Whether the current user may enter projects.
	 */
	public boolean mayEnterProjects() {
		return this.queries.mayEnterProjects();
	}

	/**
	 * Registers a project of the current user's organisation, or of any for the
	 * Secretariat.
	 */
	public ProjectView register(ProjectInput input) {
		return this.registry.register(input);
	}

	/**
	 * Changes a project the current user may change.
	 * @param expectedVersion the version the user read
	 */
	public ProjectView update(long id, long expectedVersion, ProjectInput input) {
		return this.registry.update(id, expectedVersion, input);
	}

	/**
	 * Links a project to a need, or changes its link; answers the link with its share.
	 */
	public ProjectLinkView link(long projectId, LinkInput input) {
		return this.linking.link(projectId, input);
	}

	/**
	 * Removes the link of a project to a need.
	 */
	public void unlink(long projectId, long needId) {
		this.linking.unlink(projectId, needId);
	}

}
