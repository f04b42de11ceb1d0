package com.wbiisg.mapping.responses.internal;

import java.util.List;

import com.wbiisg.mapping.needs.NeedPageSection;
import com.wbiisg.mapping.needs.NeedView;
import com.wbiisg.mapping.responses.NeedProject;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The projects that address a need, on the need's page: those the reader may see, with
 * their coverage and share.
 */
@Component
@Order(10)
class NeedProjectsSection implements NeedPageSection {

	private final ProjectQueries queries;

	NeedProjectsSection(ProjectQueries queries) {
		this.queries = queries;
	}

	@Override
	public String template() {
		return "responses/fragments/need-projects";
	}

	@Override
	public List<NeedProject> data(NeedView need) {
		return this.queries.ofNeed(need.id());
	}

}
