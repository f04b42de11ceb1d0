package com.wbiisg.mapping.exchange.internal.exports;

import java.io.OutputStream;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.membership.Organisation;
import com.wbiisg.mapping.responses.IatiProjects.IatiProjectState;

import org.springframework.stereotype.Component;

/**
 * Exports the projects the current user may see as an IATI 2.03 activities file,
 * streamed: projects are read a page at a time and written as they come.
 */
@Component
class IatiExport {

	static final int PAGE = 200;

	private final VisibleProjects projects;

	private final Membership membership;

	private final Clock clock;

	IatiExport(VisibleProjects projects, Membership membership, Clock clock) {
		this.projects = projects;
		this.membership = membership;
		this.clock = clock;
	}

	/**
	 * @return how many activities were written (a project without any date is left out)
	 */
	long write(OutputStream out, ExportProgress progress) {
		Map<Long, Organisation> organisations = new HashMap<>();
		this.membership.organisations().forEach((organisation) -> organisations.put(organisation.id(), organisation));
		long total = progress.followed() ? this.projects.count() : 0;
		long[] done = { 0, 0 };
		try (IatiActivityWriter writer = new IatiActivityWriter(out, organisations::get, this.clock.instant())) {
			this.projects.forEachPage(PAGE, (page) -> {
				for (IatiProjectState state : page) {
					if (writer.activity(state)) {
						done[1]++;
					}
				}
				done[0] += page.size();
				progress.update(done[0], total);
			});
		}
		return done[1];
	}

}
