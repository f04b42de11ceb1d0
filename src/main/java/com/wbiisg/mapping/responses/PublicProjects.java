package com.wbiisg.mapping.responses;

import java.util.function.Consumer;

import com.wbiisg.mapping.responses.internal.PublicProjectQueries;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;

/**
 * The public project list, for anyone: only projects whose reporting member lists them
 * publicly, and of those only what {@link PublicProject} holds; the reporting member in
 * the filter is ignored.
 */
@Service
public class PublicProjects {

	private final PublicProjectQueries queries;

	PublicProjects(PublicProjectQueries queries) {
		this.queries = queries;
	}

	/**
	 * One page of the public projects of the filter, in the order of their titles.
	 */
	public Page<PublicProject> list(ProjectFilter filter, int page, int size) {
		return this.queries.list(filter, page, size);
	}

	/**
	 * Hands every public project of the filter to {@code sink}, a batch at a time, so
	 * that a download does not hold the whole list in memory.
	 */
	public void forEach(ProjectFilter filter, Consumer<PublicProject> sink) {
		this.queries.forEach(filter, sink);
	}

}
