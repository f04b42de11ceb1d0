package com.wbiisg.mapping.needs.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.wbiisg.mapping.needs.NeedAction;
import com.wbiisg.mapping.needs.NeedType;
import com.wbiisg.mapping.needs.Perspective;
import com.wbiisg.mapping.needs.Priority;
import com.wbiisg.mapping.needs.Timeframe;
import org.jspecify.annotations.Nullable;

import static com.wbiisg.mapping.needs.NeedAction.SUBMIT;
import static com.wbiisg.mapping.needs.NeedAction.VALIDATE;

/**
 * The demo needs of the WBCTi cycle 2021–2022, as a table: one row per need with its
 * placement, content and story (the workflow steps it went through, with their dates).
 *
 * <p>
 * Every need is drawn from the IISG facts: the priority actions of the 2019 bilateral
 * implementing arrangements under the Joint Action Plan on CT (§3.2, §3.3), tagged with
 * the JAP objective they serve (JAP1–JAP5), and the WBCTi Support Group national bodies
 * as the institution concerned (§1). Dates lie between the Prishtina meeting (3–4 March
 * 2021) and the end of June 2021; adopted needs were adopted by the 6th Board, Sarajevo,
 * 20 June 2022, which adopted the needs mapping 2021–2022 (§2 timeline).
 *
 * <p>
 * Estimated costs are illustrative only: the facts give no cost figures for needs, so
 * most needs have none and the few given are modest round amounts.
 */
final class NeedsDemoCatalogue {

	static final String CYCLE_NAME = "WBCTi 2021\u20132022";

	static final LocalDate OPENS_ON = LocalDate.of(2021, 3, 4);

	static final LocalDate CLOSES_ON = LocalDate.of(2021, 9, 4);

	static final String ADOPTION_DECISION = "6th IISG Board, Sarajevo, 20 June 2022";

	static final Instant ADOPTED_AT = at("2022-06-20 12:00");

	static final String REGIONAL_OWNER = "secretariat";

	// Return reasons, as the pillar leads wrote them.
	static final String MOVE_TO_WBBSI = "This is covered by WBBSi (PRO.4 border security); please move it there.";

	static final String NAME_INSTITUTION = "Name the institution concerned.";

	static final String ADD_LEGAL_BASIS = "Add the legal basis (JAP1 or acquis reference).";

	static final String SPLIT_REFERRAL = "Please split the two requests into separate needs: keep the referral "
			+ "of content to the EU IRU here and enter the analysis capacity under ANT.1.2.";

	static final String SPLIT_TRAINING_STRATCOM = "Please split the two requests into separate needs: the "
			+ "police training under PRE.2.1 and the strategic communication capacity under PRE.2.2.";

	static final String SPLIT_TRAINING = "Please split the two requests into separate needs: keep the "
			+ "training here and enter StratCom as its own need under PRE.2.2.";

	// Institutions concerned: the WBCTi Support Group national bodies (facts §1).
	static final String AL_CT = "MoI \u2013 Directorate for CT";

	static final String AL_PCVE = "P/CVE Center";

	static final String BA_MOS = "Ministry of Security \u2013 CT/P-CVE Coordinator";

	static final String BA_SIPA = "SIPA";

	static final String BA_POLICE = "FBiH MoI; Republika Srpska MoI; Br\u010dko District Police";

	static final String XK_CT = "MoI \u2013 Directorate for CT";

	static final String XK_COORDINATOR = "CT & P/CVE National Coordinator";

	static final String ME_COORDINATOR = "MoI \u2013 CT & P/CVE National Coordinator";

	static final String MK_COMMITTEE = "MoI \u2013 Committee for CT & P/CVE";

	static final String RS_AUTHORITY = "MoI \u2013 designated CT & P/CVE authority";

	static final String REG_RNNC = "RNNC (Regional Network of National CT/P-CVE Coordinators)";

	static final boolean RESTRICTED = true;

	static final boolean OPEN = false;

	private NeedsDemoCatalogue() {
	}

	static List<DemoNeed> needs() {
		List<DemoNeed> needs = new ArrayList<>();
		needs.addAll(DemoNeedsAlBaXkMe.albania());
		needs.addAll(DemoNeedsAlBaXkMe.bosniaAndHerzegovina());
		needs.addAll(DemoNeedsAlBaXkMe.kosovo());
		needs.addAll(DemoNeedsAlBaXkMe.montenegro());
		needs.addAll(DemoNeedsMkRsRegional.northMacedonia());
		needs.addAll(DemoNeedsMkRsRegional.serbia());
		needs.addAll(DemoNeedsMkRsRegional.regional());
		return needs;
	}

	static DemoNeed need(String partner, String measure, String title, String description, NeedType type,
			Perspective perspective, Priority priority, @Nullable String institution, @Nullable BigDecimal cost,
			Timeframe timeframe, List<String> references, boolean restricted, Story story) {
		return new DemoNeed(partner, measure, new NeedInput(null, measure, partner, title, description, type,
				perspective, priority, institution, cost, timeframe, null, null, references, restricted), story);
	}

	static List<String> refs(String... tags) {
		return List.of(tags);
	}

	/**
	 * An illustrative cost in EUR: the facts have no cost figures for needs.
	 */
	static BigDecimal cost(long euros) {
		return BigDecimal.valueOf(euros);
	}

	static Story draft(String created) {
		return new Story(at(created), List.of());
	}

	static Story submitted(String created, String submitted) {
		return draft(created).then(SUBMIT, submitted);
	}

	static Story validated(String created, String submitted, String validated) {
		return submitted(created, submitted).then(VALIDATE, validated);
	}

	static Story adopted(String created, String submitted, String validated) {
		return validated(created, submitted, validated).then(new Step(NeedAction.ADOPT, ADOPTED_AT, ADOPTION_DECISION));
	}

	static Story returned(String created, String submitted, String returned, String reason) {
		return submitted(created, submitted).then(new Step(NeedAction.RETURN, at(returned), reason));
	}

	static Story withdrawn(String created, String submitted, String withdrawn) {
		return submitted(created, submitted).then(NeedAction.WITHDRAW, withdrawn);
	}

	/**
	 * A time of day in 2021 or 2022, written "yyyy-MM-dd HH:mm" in UTC.
	 */
	static Instant at(String dateTime) {
		return LocalDateTime.parse(dateTime.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
	}

	/**
	 * One demo need: where it sits, what it says (as a focal point would enter it) and
	 * what happened to it.
	 */
	record DemoNeed(String partner, String measure, NeedInput input, Story story) {
	}

	/**
	 * When a need was created, and the workflow steps taken on it since, oldest first.
	 */
	record Story(Instant created, List<Step> steps) {

		Story then(NeedAction action, String dateTime) {
			return then(new Step(action, at(dateTime), null));
		}

		Story then(Step step) {
			List<Step> all = new ArrayList<>(this.steps);
			all.add(step);
			return new Story(this.created, List.copyOf(all));
		}

	}

	/**
	 * One workflow step; the reason is the return reason or the adopting decision.
	 */
	record Step(NeedAction action, Instant at, @Nullable String reason) {
	}

}
