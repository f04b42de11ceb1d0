package com.wbiisg.mapping.exchange.internal;

import java.io.OutputStream;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.membership.Organisation;
import com.wbiisg.mapping.responses.IatiProjects;
import com.wbiisg.mapping.responses.IatiProjects.IatiProjectState;

import org.springframework.stereotype.Component;

/**
 * Exports the projects the current user may see as an IATI 2.03 activities file,
 * streamed: projects are read a page at a time and written as they come.
 */
@Component
public class IatiExport {

	static final int PAGE = 200;

	private final IatiProjects projects;

	private final Membership membership;

	private final Clock clock;

	IatiExport(IatiProjects projects, Membership membership, Clock clock) {
		this.projects = projects;
		this.membership = membership;
		this.clock = clock;
	}

	public void write(OutputStream out) {
		Map<Long, Organisation> organisations = new HashMap<>();
		this.membership.organisations().forEach((organisation) -> organisations.put(organisation.id(), organisation));
		try (IatiActivityWriter writer = new IatiActivityWriter(out, organisations::get, this.clock.instant())) {
			long after = 0;
			while (true) {
				List<IatiProjectState> page = this.projects.visibleAfter(after, PAGE);
				page.forEach(writer::activity);
				if (page.size() < PAGE) {
					break;
				}
				after = page.get(page.size() - 1).project().id();
			}
		}
	}

}
