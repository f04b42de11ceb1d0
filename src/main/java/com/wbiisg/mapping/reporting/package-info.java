/**
 * The Needs Mapping Report and the Response Mapping Report: numbered drafts kept as
 * immutable snapshots, rendered to HTML, PDF and XLSX, compared, commented, and carried
 * through discussion, finalisation, Board adoption and publication.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "web", "audit", "framework", "membership", "identity", "needs", "responses",
		"meetings", "analysis", "consultation" })
package com.wbiisg.mapping.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
