package com.wbiisg.mapping.exchange;

import java.io.OutputStream;

import com.wbiisg.mapping.exchange.internal.templates.NeedsTemplate;
import com.wbiisg.mapping.exchange.internal.templates.ProjectsTemplate;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * The downloads of the offline XLSX templates of needs and projects. The access checks
 * are those of the templates this delegates to.
 */
@Service
public class TemplateDownloads {

	private final NeedsTemplate needs;

	private final ProjectsTemplate projects;

	TemplateDownloads(NeedsTemplate needs, ProjectsTemplate projects) {
		this.needs = needs;
		this.projects = projects;
	}

	/**
	 * Checks who asks for which needs template.
	 * @throws org.springframework.security.access.AccessDeniedException unless the user
	 * is the Secretariat or the focal point of the partner
	 * @throws com.wbiisg.mapping.shared.InvalidInputException when the cycle or partner
	 * is missing or unknown
	 * @throws com.wbiisg.mapping.shared.ConflictException when the cycle is closed
	 */
	public NeedsTemplateRequest needsTemplate(@Nullable Long cycleId, @Nullable String partnerCode,
			@Nullable String pillar) {
		return this.needs.request(cycleId, partnerCode, pillar);
	}

	/**
	 * Writes the needs template that was asked for.
	 */
	public void writeNeedsTemplate(NeedsTemplateRequest request, OutputStream out) {
		this.needs.write(request, out);
	}

	/**
	 * The name the current user's projects template is downloaded under.
	 * @throws org.springframework.security.access.AccessDeniedException unless the user
	 * is a partner focal point or the Secretariat
	 */
	public String projectsTemplateName() {
		return this.projects.fileName();
	}

	/**
	 * Writes the current user's projects template.
	 * @throws org.springframework.security.access.AccessDeniedException unless the user
	 * is a partner focal point or the Secretariat
	 */
	public void writeProjectsTemplate(OutputStream out) {
		this.projects.write(out);
	}

}
