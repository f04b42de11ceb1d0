package com.wbiisg.mapping.security;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The declared access rules: for every mapped endpoint ("METHOD /path/{var}"), which
 * callers may use it. Every endpoint the application maps must appear here, and every row
 * here must be mapped; any caller not listed must be refused.
 */
final class AccessTable {

	enum Caller {

		ANONYMOUS, SECRETARIAT, BOARD, BENEFICIARY, PARTNER, OBSERVER

	}

	static final Set<Caller> EVERYONE = EnumSet.allOf(Caller.class);

	static final Set<Caller> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Caller.ANONYMOUS));

	/**
	 * Those who read members-only data: everyone signed in but observers.
	 */
	static final Set<Caller> MEMBERS = EnumSet.of(Caller.SECRETARIAT, Caller.BOARD, Caller.BENEFICIARY, Caller.PARTNER);

	static final Set<Caller> SECRETARIAT = EnumSet.of(Caller.SECRETARIAT);

	/**
	 * Those who enter needs: the Secretariat and the focal point of the sample need's
	 * partner.
	 */
	static final Set<Caller> NEED_EDITORS = EnumSet.of(Caller.SECRETARIAT, Caller.BENEFICIARY);

	/**
	 * Those who may resolve or reopen the sample comment: the Secretariat, and its
	 * author, who is none of the callers.
	 */
	static final Set<Caller> SECRETARIAT_OR_AUTHOR = EnumSet.of(Caller.SECRETARIAT);

	/**
	 * Those who enter projects: the Secretariat and the focal point of the organisation
	 * that reports the sample project.
	 */
	static final Set<Caller> PROJECT_EDITORS = EnumSet.of(Caller.SECRETARIAT, Caller.PARTNER);

	/**
	 * Those who own the sample action item: the Secretariat and the focal point of its
	 * owner organisation (North Macedonia).
	 */
	static final Set<Caller> ACTION_OWNERS = EnumSet.of(Caller.SECRETARIAT, Caller.BENEFICIARY);

	/**
	 * Endpoints that answer only to a secret token in their address and to no session:
	 * without one every caller gets 401 (AuthorizationMatrixIntegrationTests checks a
	 * valid token of every caller separately).
	 */
	static final Set<String> TOKEN_ONLY = Set.of("GET /calendar.ics");

	/**
	 * Those who import files: the Secretariat and the focal points (needs templates for
	 * beneficiaries, projects and IATI for partners).
	 */
	static final Set<Caller> IMPORTERS = EnumSet.of(Caller.SECRETARIAT, Caller.BENEFICIARY, Caller.PARTNER);

	static final Map<String, Set<Caller>> RULES = new LinkedHashMap<>();

	static {
		// web, identity, and the endpoints of Spring Boot (errors) and springdoc (API
		// description)
		allow("ANY /error", EVERYONE);
		allow("GET /v3/api-docs", EVERYONE);
		allow("GET /v3/api-docs.yaml", EVERYONE);
		allow("GET /", SIGNED_IN);
		allow("GET /login", EVERYONE);
		allow("GET /setup", EVERYONE);
		allow("POST /setup", EVERYONE);
		allow("GET /account", SIGNED_IN);
		allow("POST /account/tokens", SIGNED_IN);
		allow("POST /account/tokens/{id}/revoke", SIGNED_IN);
		allow("GET /account/sessions", SIGNED_IN);
		allow("GET /account/confirm", SIGNED_IN);
		allow("POST /account/confirm", SIGNED_IN);
		allow("POST /account/sessions/{handle}/sign-out", SIGNED_IN);
		allow("POST /account/sessions/sign-out-everywhere", SIGNED_IN);
		// the API is for members only, their own tokens included
		allow("GET /api/v1/account/tokens", MEMBERS);
		allow("POST /api/v1/account/tokens", MEMBERS);
		allow("DELETE /api/v1/account/tokens/{id}", MEMBERS);
		allow("POST /account/password", SIGNED_IN);
		allow("GET /account/passkeys", SIGNED_IN);
		allow("GET /account/passkeys/new", SIGNED_IN);
		allow("POST /account/passkeys/{id}/remove", SIGNED_IN);
		allow("GET /login/passkey", SIGNED_IN);
		allow("GET /login/factor", SIGNED_IN);
		allow("POST /login/factor", SIGNED_IN);
		allow("GET /account/factors", SIGNED_IN);
		allow("POST /account/factors/totp", SIGNED_IN);
		allow("POST /account/factors/totp/remove", SIGNED_IN);
		allow("POST /account/factors/recovery-codes", SIGNED_IN);
		allow("POST /admin/users/{id}/factors/reset", SECRETARIAT);
		allow("GET /.well-known/security.txt", EVERYONE);
		allow("GET /admin/users", SECRETARIAT);
		allow("GET /admin/users/new", SECRETARIAT);
		allow("POST /admin/users", SECRETARIAT);
		allow("GET /admin/users/{id}/edit", SECRETARIAT);
		allow("POST /admin/users/{id}", SECRETARIAT);
		allow("POST /admin/users/{id}/disable", SECRETARIAT);
		allow("POST /admin/users/{id}/enable", SECRETARIAT);
		allow("POST /admin/users/{id}/password", SECRETARIAT);
		// framework
		allow("GET /frameworks", MEMBERS);
		allow("POST /frameworks", SECRETARIAT);
		allow("GET /frameworks/{id}", MEMBERS);
		allow("GET /frameworks/{id}/items/new", SECRETARIAT);
		allow("GET /frameworks/{id}/items/{code}", MEMBERS);
		allow("POST /frameworks/{id}/items", SECRETARIAT);
		allow("GET /frameworks/{id}/items/{code}/edit", SECRETARIAT);
		allow("POST /frameworks/{id}/items/{code}", SECRETARIAT);
		allow("POST /frameworks/{id}/items/{code}/move", SECRETARIAT);
		allow("POST /frameworks/{id}/items/{code}/delete", SECRETARIAT);
		allow("POST /frameworks/{id}/adoption", SECRETARIAT);
		allow("GET /api/v1/initiatives", MEMBERS);
		allow("GET /api/v1/frameworks", MEMBERS);
		allow("POST /api/v1/frameworks", SECRETARIAT);
		allow("GET /api/v1/frameworks/{id}", MEMBERS);
		allow("GET /api/v1/frameworks/{id}/tree", MEMBERS);
		allow("POST /api/v1/frameworks/{id}/items", SECRETARIAT);
		allow("GET /api/v1/frameworks/{id}/items/{code}", MEMBERS);
		allow("PUT /api/v1/frameworks/{id}/items/{code}", SECRETARIAT);
		allow("DELETE /api/v1/frameworks/{id}/items/{code}", SECRETARIAT);
		allow("POST /api/v1/frameworks/{id}/adoption", SECRETARIAT);
		// membership
		allow("GET /organisations", MEMBERS);
		allow("GET /organisations/new", SECRETARIAT);
		allow("POST /organisations", SECRETARIAT);
		allow("GET /organisations/{id}/edit", SECRETARIAT);
		allow("POST /organisations/{id}", SECRETARIAT);
		allow("GET /partners", MEMBERS);
		allow("GET /partners/{code}/edit", SECRETARIAT);
		allow("POST /partners/{code}", SECRETARIAT);
		allow("GET /working-groups", MEMBERS);
		allow("GET /working-groups/new", SECRETARIAT);
		allow("POST /working-groups", SECRETARIAT);
		allow("GET /working-groups/{id}/edit", SECRETARIAT);
		allow("POST /working-groups/{id}", SECRETARIAT);
		allow("GET /api/v1/organisations", MEMBERS);
		allow("POST /api/v1/organisations", SECRETARIAT);
		allow("GET /api/v1/organisations/{id}", MEMBERS);
		allow("PUT /api/v1/organisations/{id}", SECRETARIAT);
		allow("GET /api/v1/partners", MEMBERS);
		allow("GET /api/v1/partners/{code}", MEMBERS);
		allow("PUT /api/v1/partners/{code}", SECRETARIAT);
		allow("GET /api/v1/working-groups", MEMBERS);
		allow("GET /api/v1/working-groups/{id}", MEMBERS);
		allow("POST /api/v1/working-groups", SECRETARIAT);
		allow("PUT /api/v1/working-groups/{id}", SECRETARIAT);
		// needs
		allow("GET /api/v1/cycles", MEMBERS);
		allow("POST /api/v1/cycles", SECRETARIAT);
		allow("GET /api/v1/cycles/{id}", MEMBERS);
		allow("GET /api/v1/cycles/{id}/progress", MEMBERS);
		allow("POST /api/v1/cycles/{id}/close", SECRETARIAT);
		allow("POST /api/v1/cycles/{id}/reopen", SECRETARIAT);
		allow("GET /api/v1/needs", MEMBERS);
		allow("POST /api/v1/needs", NEED_EDITORS);
		allow("GET /api/v1/needs/{id}", MEMBERS);
		allow("PUT /api/v1/needs/{id}", NEED_EDITORS);
		allow("GET /api/v1/needs/{id}/history", MEMBERS);
		// Who may move a need depends on its state and partner:
		// NeedTransitionTableIntegrationTests.
		allow("POST /api/v1/needs/{id}/transitions", MEMBERS);
		allow("POST /api/v1/needs/submissions", NEED_EDITORS);
		allow("POST /api/v1/needs/adoptions", SECRETARIAT);
		// consultation
		allow("POST /comments", MEMBERS);
		allow("POST /comments/{id}/resolve", SECRETARIAT_OR_AUTHOR);
		allow("POST /comments/{id}/reopen", SECRETARIAT_OR_AUTHOR);
		allow("GET /api/v1/needs/{id}/comments", MEMBERS);
		allow("POST /api/v1/needs/{id}/comments", MEMBERS);
		allow("GET /api/v1/frameworks/{id}/items/{code}/comments", MEMBERS);
		allow("POST /api/v1/frameworks/{id}/items/{code}/comments", MEMBERS);
		allow("POST /api/v1/comments/{id}/resolution", SECRETARIAT_OR_AUTHOR);
		allow("DELETE /api/v1/comments/{id}/resolution", SECRETARIAT_OR_AUTHOR);
		// needs (pages)
		allow("GET /cycles", MEMBERS);
		allow("POST /cycles", SECRETARIAT);
		allow("POST /cycles/{id}/close", SECRETARIAT);
		allow("POST /cycles/{id}/reopen", SECRETARIAT);
		allow("GET /needs", MEMBERS);
		allow("GET /needs/ours", NEED_EDITORS);
		allow("POST /needs/ours/submissions", NEED_EDITORS);
		allow("GET /needs/new", NEED_EDITORS);
		allow("POST /needs", NEED_EDITORS);
		allow("GET /needs/{id}", MEMBERS);
		allow("GET /needs/{id}/edit", NEED_EDITORS);
		allow("POST /needs/{id}", NEED_EDITORS);
		allow("POST /needs/{id}/transitions", EnumSet.of(Caller.SECRETARIAT, Caller.BENEFICIARY, Caller.PARTNER));
		allow("GET /needs/review", EnumSet.of(Caller.SECRETARIAT, Caller.PARTNER));
		allow("POST /needs/adoptions", SECRETARIAT);
		// responses
		allow("GET /api/v1/projects", MEMBERS);
		allow("POST /api/v1/projects", PROJECT_EDITORS);
		allow("GET /api/v1/projects/{id}", MEMBERS);
		allow("PUT /api/v1/projects/{id}", PROJECT_EDITORS);
		allow("POST /api/v1/projects/{id}/links", PROJECT_EDITORS);
		allow("DELETE /api/v1/projects/{id}/links/{needId}", PROJECT_EDITORS);
		allow("GET /api/v1/needs/{id}/projects", MEMBERS);
		allow("GET /api/v1/public/projects", EVERYONE);
		allow("GET /api/v1/response-rounds", MEMBERS);
		allow("POST /api/v1/response-rounds", SECRETARIAT);
		allow("GET /api/v1/response-rounds/{year}", EnumSet.of(Caller.SECRETARIAT, Caller.BOARD));
		allow("POST /api/v1/response-rounds/{year}/close", SECRETARIAT);
		allow("POST /api/v1/response-rounds/{year}/reopen", SECRETARIAT);
		allow("POST /api/v1/response-rounds/{year}/confirmations", PROJECT_EDITORS);
		// responses (pages)
		allow("GET /projects", MEMBERS);
		allow("GET /projects/new", PROJECT_EDITORS);
		allow("POST /projects", PROJECT_EDITORS);
		allow("GET /projects/{id}", MEMBERS);
		allow("GET /projects/{id}/edit", PROJECT_EDITORS);
		allow("POST /projects/{id}", PROJECT_EDITORS);
		allow("GET /projects/{id}/need-search", PROJECT_EDITORS);
		allow("POST /projects/{id}/links", PROJECT_EDITORS);
		allow("POST /projects/{id}/links/{needId}/delete", PROJECT_EDITORS);
		allow("GET /projects/portfolio", EnumSet.of(Caller.PARTNER));
		allow("POST /projects/portfolio/confirmation", EnumSet.of(Caller.PARTNER));
		allow("GET /responses/rounds", EnumSet.of(Caller.SECRETARIAT, Caller.BOARD));
		allow("POST /responses/rounds", SECRETARIAT);
		allow("GET /responses/rounds/{year}", EnumSet.of(Caller.SECRETARIAT, Caller.BOARD));
		allow("POST /responses/rounds/{year}/close", SECRETARIAT);
		allow("POST /responses/rounds/{year}/reopen", SECRETARIAT);
		allow("POST /responses/rounds/{year}/confirmations", SECRETARIAT);
		allow("GET /public/projects", EVERYONE);
		allow("GET /public/projects.csv", EVERYONE);
		// exchange (exports: what each member may see)
		allow("GET /api/v1/exports/needs.csv", MEMBERS);
		allow("GET /api/v1/exports/projects.csv", MEMBERS);
		allow("GET /api/v1/exports/links.csv", MEMBERS);
		allow("GET /api/v1/exports/projects.iati.xml", MEMBERS);
		allow("GET /exports/needs.csv", MEMBERS);
		allow("GET /exports/projects.csv", MEMBERS);
		allow("GET /exports/links.csv", MEMBERS);
		allow("GET /exports/projects.iati.xml", MEMBERS);
		// exchange (exports as jobs: every member starts them; the sample job does not
		// exist, so every member gets 404 for it; only the owner and the Secretariat ever
		// see a job or its file: ExportJobIntegrationTests)
		allow("GET /exports", MEMBERS);
		allow("POST /exports", MEMBERS);
		allow("GET /exports/{id}", MEMBERS);
		allow("GET /exports/{id}/file", MEMBERS);
		allow("POST /api/v1/exports", MEMBERS);
		allow("GET /api/v1/jobs/{id}/file", MEMBERS);
		// analysis
		allow("GET /dashboard", MEMBERS);
		allow("GET /dashboard/cell", MEMBERS);
		allow("GET /dashboard/data/{name}.csv", MEMBERS);
		allow("GET /analysis/help", MEMBERS);
		allow("GET /api/v1/analysis/coverage", MEMBERS);
		allow("GET /api/v1/analysis/needs", MEMBERS);
		allow("GET /api/v1/analysis/overlaps", MEMBERS);
		allow("GET /api/v1/analysis/funding", MEMBERS);
		allow("GET /api/v1/needs/{id}/suggestions", MEMBERS);
		allow("GET /api/v1/projects/{id}/suggestions", MEMBERS);
		allow("POST /suggestions/links", PROJECT_EDITORS);
		// reporting: the sample report draft is published, so observers read it
		allow("GET /reports", SIGNED_IN);
		allow("POST /reports", SECRETARIAT);
		allow("GET /reports/{id}", SIGNED_IN);
		allow("GET /reports/{id}.pdf", SIGNED_IN);
		allow("GET /reports/{id}.xlsx", SIGNED_IN);
		allow("POST /reports/{id}/transitions", SECRETARIAT);
		allow("GET /reports/{id}/diff", MEMBERS);
		allow("GET /reports/{id}/diff/{otherId}", MEMBERS);
		allow("GET /reports/{id}/sections/{section}", MEMBERS);
		allow("GET /public/reports", EVERYONE);
		allow("GET /public/reports/{id}", EVERYONE);
		allow("GET /api/v1/reports", MEMBERS);
		allow("POST /api/v1/reports", SECRETARIAT);
		allow("GET /api/v1/reports/{id}", MEMBERS);
		allow("GET /api/v1/reports/{id}.pdf", MEMBERS);
		allow("GET /api/v1/reports/{id}.xlsx", MEMBERS);
		allow("GET /api/v1/reports/{id}/diff/{otherId}", MEMBERS);
		allow("POST /api/v1/reports/{id}/transitions", SECRETARIAT);
		allow("GET /api/v1/public/reports", EVERYONE);
		allow("GET /api/v1/public/reports/{id}", EVERYONE);
		// meetings: observers read the calendar and unrestricted meetings (without their
		// record); anyone reads the public feed
		allow("GET /calendar", SIGNED_IN);
		allow("GET /calendar/milestones", SIGNED_IN);
		allow("POST /calendar/milestones", SECRETARIAT);
		allow("POST /calendar/milestones/{id}/delete", SECRETARIAT);
		allow("GET /calendar/feed", SIGNED_IN);
		allow("POST /calendar/feed", SIGNED_IN);
		allow("POST /calendar/feed/delete", SIGNED_IN);
		allow("GET /calendar.ics", EnumSet.noneOf(Caller.class));
		allow("GET /public/calendar.ics", EVERYONE);
		allow("GET /meetings/{id}", SIGNED_IN);
		allow("GET /meetings/new", SECRETARIAT);
		allow("POST /meetings", SECRETARIAT);
		allow("GET /meetings/{id}/edit", SECRETARIAT);
		allow("POST /meetings/{id}", SECRETARIAT);
		allow("POST /meetings/{id}/agenda", SECRETARIAT);
		allow("POST /meetings/{id}/agenda/{position}/move", SECRETARIAT);
		allow("POST /meetings/{id}/agenda/{position}/delete", SECRETARIAT);
		allow("POST /meetings/{id}/attendance", SECRETARIAT);
		allow("POST /meetings/{id}/attendance/{position}/delete", SECRETARIAT);
		allow("POST /meetings/{id}/minutes", SECRETARIAT);
		allow("POST /meetings/{id}/decisions", SECRETARIAT);
		allow("POST /meetings/{id}/actions", SECRETARIAT);
		allow("GET /actions/mine", MEMBERS);
		allow("POST /actions/{id}/status", ACTION_OWNERS);
		allow("GET /documents", MEMBERS);
		allow("POST /documents", SECRETARIAT);
		allow("GET /documents/{id}", MEMBERS);
		allow("POST /documents/{id}/versions", SECRETARIAT);
		allow("GET /documents/versions/{versionId}/file", MEMBERS);
		allow("GET /api/v1/meetings", MEMBERS);
		allow("POST /api/v1/meetings", SECRETARIAT);
		allow("GET /api/v1/meetings/{id}", MEMBERS);
		allow("PUT /api/v1/meetings/{id}", SECRETARIAT);
		allow("POST /api/v1/meetings/{id}/decisions", SECRETARIAT);
		allow("POST /api/v1/meetings/{id}/agenda", SECRETARIAT);
		allow("POST /api/v1/meetings/{id}/attendance", SECRETARIAT);
		allow("PUT /api/v1/meetings/{id}/minutes", SECRETARIAT);
		allow("POST /api/v1/meetings/{id}/actions", SECRETARIAT);
		allow("GET /api/v1/actions", MEMBERS);
		allow("GET /api/v1/actions/{id}", MEMBERS);
		allow("POST /api/v1/actions/{id}/status", ACTION_OWNERS);
		allow("GET /api/v1/milestones", MEMBERS);
		allow("POST /api/v1/milestones", SECRETARIAT);
		allow("GET /api/v1/documents", MEMBERS);
		// audit
		allow("GET /audit", SECRETARIAT);
		allow("GET /api/v1/audit", SECRETARIAT);
		// notifications: the outbox is the Secretariat's, each account reads what was
		// written to it
		allow("GET /admin/mail", SECRETARIAT);
		allow("POST /admin/mail/{id}/retry", SECRETARIAT);
		allow("GET /notifications", SIGNED_IN);
		// exchange: the sample job does not exist, so every importer gets 404 for it;
		// only
		// the uploader and the Secretariat ever see a job (ImportJobIntegrationTests).
		// The jobs of the API are every member's: export jobs are among them.
		allow("GET /imports", IMPORTERS);
		allow("POST /imports", IMPORTERS);
		allow("GET /imports/{id}", IMPORTERS);
		allow("POST /imports/{id}/confirm", IMPORTERS);
		allow("GET /imports/{id}/errors.xlsx", IMPORTERS);
		allow("GET /templates/needs.xlsx", NEED_EDITORS);
		allow("GET /templates/projects.xlsx", PROJECT_EDITORS);
		allow("POST /api/v1/imports", IMPORTERS);
		allow("GET /api/v1/jobs", MEMBERS);
		allow("GET /api/v1/jobs/{id}", MEMBERS);
		allow("POST /api/v1/imports/{jobId}/confirm", IMPORTERS);
		allow("GET /api/v1/jobs/{id}/errors.xlsx", IMPORTERS);
		allow("GET /api/v1/templates/needs.xlsx", NEED_EDITORS);
		allow("GET /api/v1/templates/projects.xlsx", PROJECT_EDITORS);
	}

	private AccessTable() {
	}

	private static void allow(String endpoint, Set<Caller> callers) {
		if (RULES.put(endpoint, callers) != null) {
			throw new IllegalStateException("Declared twice: " + endpoint);
		}
	}

}
