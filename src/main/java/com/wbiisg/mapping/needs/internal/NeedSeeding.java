package com.wbiisg.mapping.needs.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.wbiisg.mapping.audit.AuditTrail;
import com.wbiisg.mapping.audit.Changes;
import com.wbiisg.mapping.framework.FrameworkStatus;
import com.wbiisg.mapping.framework.FrameworkSummary;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.framework.ItemLevel;
import com.wbiisg.mapping.identity.AccountDirectory;
import com.wbiisg.mapping.identity.AccountSummary;
import com.wbiisg.mapping.identity.CurrentUser;
import com.wbiisg.mapping.needs.CycleView;
import com.wbiisg.mapping.needs.NeedAction;
import com.wbiisg.mapping.needs.NeedInput;
import com.wbiisg.mapping.needs.NeedStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enters a needs mapping as it stood on record: the cycle, and each need with who created
 * it and the workflow steps taken on it, by whom and when. Each need passes
 * {@link NeedRules} under a measure of the cycle's framework, is created by someone who
 * may create it, and each step is a move of {@link NeedWorkflow} that its account may
 * make, the same checks as {@link NeedEditing} and {@link NeedReview}; but the dates and
 * actors are those of the record, not the present time and the signed-in user. Entries
 * are audited as "SEED" and publish no events, as any data loaded in bulk: the read
 * models of the analysis are built from them at start-up.
 */
@Service
@Profile("demo")
@Transactional
public class NeedSeeding {

	private final CycleRepository cycles;

	private final NeedRepository needs;

	private final NeedTransitionRepository transitions;

	private final Frameworks frameworks;

	private final Viewers viewers;

	private final AccountDirectory accounts;

	private final AuditTrail audit;

	NeedSeeding(CycleRepository cycles, NeedRepository needs, NeedTransitionRepository transitions,
			Frameworks frameworks, Viewers viewers, AccountDirectory accounts, AuditTrail audit) {
		this.cycles = cycles;
		this.needs = needs;
		this.transitions = transitions;
		this.frameworks = frameworks;
		this.viewers = viewers;
		this.accounts = accounts;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public boolean anyCycle() {
		return this.cycles.count() > 0;
	}

	/**
	 * Opens a cycle on the adopted framework of the initiative for
	 * {@code frameworkCycle}; none when there is no such framework.
	 */
	public Optional<CycleView> openCycle(String initiative, String frameworkCycle, String name, LocalDate opensOn,
			LocalDate closesOn) {
		Optional<FrameworkSummary> framework = this.frameworks.versions(initiative)
			.stream()
			.filter((version) -> version.status() == FrameworkStatus.ADOPTED && frameworkCycle.equals(version.cycle()))
			.findFirst();
		return framework.map((adopted) -> {
			Cycle cycle = this.cycles
				.saveAndFlush(new Cycle(adopted.initiative(), name, adopted.id(), opensOn, closesOn));
			this.audit.recordChange("SEED", CycleAdministration.RECORD, cycle.getId(),
					Changes.of()
						.set("name", name)
						.set("framework", adopted.label())
						.set("opensOn", opensOn)
						.set("closesOn", closesOn));
			return cycle.toView();
		});
	}

	/**
	 * Enters the needs in the cycle, in their order, each with its history.
	 */
	public void enter(long cycleId, List<Entry> entries) {
		Cycle cycle = this.cycles.findById(cycleId).orElseThrow();
		Map<String, CurrentUser> users = this.accounts.enabledAccounts()
			.stream()
			.collect(Collectors.toMap(AccountSummary::username, AccountSummary::asUser));
		for (Entry entry : entries) {
			enter(cycle, entry, users);
		}
	}

	private void enter(Cycle cycle, Entry entry, Map<String, CurrentUser> users) {
		NeedInput input = entry.input();
		String describe = "Need \"" + input.title() + "\"";
		if (this.frameworks.tree(cycle.getFrameworkId())
			.find(input.measureCode())
			.filter((node) -> node.level() == ItemLevel.MEASURE)
			.isEmpty()) {
			throw new IllegalStateException(
					describe + " points at " + input.measureCode() + ", which is no measure of " + cycle.getName());
		}
		NeedEditing.mayCreateFor(viewer(users, entry.createdBy()), input.partner());
		NeedContent content = NeedRules.check(input, new ArrayList<>());
		cycle.ensureOpen();
		Need need = this.needs.saveAndFlush(new Need(cycle.getId(), cycle.getInitiative(), input.measureCode(),
				input.partner(), content, entry.createdBy(), entry.createdAt())
			.withoutEvents());
		Instant previous = entry.createdAt();
		for (Step step : entry.steps()) {
			if (step.at().isBefore(previous)) {
				throw new IllegalStateException(
						describe + ": " + step.action() + " at " + step.at() + " comes before the step it follows");
			}
			previous = step.at();
			NeedStatus from = need.getStatus();
			String decision = (step.action() == NeedAction.ADOPT) ? step.reason() : null;
			NeedWorkflow.Move move = need.take(step.action(), viewer(users, step.by()).actorFor(need), step.by(),
					step.reason(), decision, step.at());
			this.transitions.save(new NeedTransition(need.getId(), step.at(), step.by(), step.action(), from, move.to(),
					step.reason()));
		}
		this.needs.saveAndFlush(need);
		this.audit.recordChange("SEED", NeedEditing.RECORD, need.getId(),
				Changes.of()
					.set("title", content.title())
					.set("partner", input.partner())
					.set("measure", input.measureCode()));
	}

	private Viewer viewer(Map<String, CurrentUser> users, String username) {
		CurrentUser user = users.get(username);
		if (user == null) {
			throw new IllegalStateException("No enabled account " + username + " to act on needs");
		}
		return this.viewers.of(user);
	}

	/**
	 * A need as its creator entered it (partner and measure included), who created it and
	 * when, and the workflow steps taken on it since, oldest first.
	 */
	public record Entry(NeedInput input, String createdBy, Instant createdAt, List<Step> steps) {
	}

	/**
	 * One workflow step; the reason is the return reason or the adopting decision.
	 */
	public record Step(NeedAction action, String by, Instant at, @Nullable String reason) {
	}

}
