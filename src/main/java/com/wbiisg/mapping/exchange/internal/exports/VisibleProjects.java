package com.wbiisg.mapping.exchange.internal.exports;

import java.util.List;
import java.util.function.Consumer;

import com.wbiisg.mapping.responses.IatiProjects;
import com.wbiisg.mapping.responses.IatiProjects.IatiProjectState;
import com.wbiisg.mapping.responses.ProjectAudience;
import com.wbiisg.mapping.responses.ProjectFact;
import com.wbiisg.mapping.responses.ProjectFacts;
import com.wbiisg.mapping.responses.Projects;

import org.springframework.stereotype.Component;

/**
 * The projects the current user may see, for the exports: read a page at a time in id
 * order, and counted ahead for the progress of an export job.
 */
@Component
class VisibleProjects {

	private static final int COUNTED_AT_ONCE = 1000;

	private final IatiProjects projects;

	private final Projects rules;

	private final ProjectFacts facts;

	VisibleProjects(IatiProjects projects, Projects rules, ProjectFacts facts) {
		this.projects = projects;
		this.rules = rules;
		this.facts = facts;
	}

	/**
	 * Hands each page of at most {@code size} projects to {@code pages}, in id order.
	 */
	void forEachPage(int size, Consumer<List<IatiProjectState>> pages) {
		long after = 0;
		while (true) {
			List<IatiProjectState> page = this.projects.visibleAfter(after, size);
			pages.accept(page);
			if (page.size() < size) {
				return;
			}
			after = page.get(page.size() - 1).project().id();
		}
	}

	/**
	 * How many projects the current user may see: all of them for every member but a
	 * beneficiary focal point, whose projects are counted by the responses module's rule.
	 */
	long count() {
		ProjectAudience audience = this.rules.audienceOfCurrentUser();
		if (audience.everything()) {
			return this.facts.count();
		}
		long visible = 0;
		long after = 0;
		while (true) {
			List<ProjectFact> batch = this.facts.batchAfter(after, COUNTED_AT_ONCE);
			visible += batch.stream().filter((fact) -> audience.canSee(fact.partners())).count();
			if (batch.size() < COUNTED_AT_ONCE) {
				return visible;
			}
			after = batch.get(batch.size() - 1).id();
		}
	}

}
