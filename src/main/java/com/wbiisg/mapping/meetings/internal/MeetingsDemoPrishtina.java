package com.wbiisg.mapping.meetings.internal;

import java.util.List;
import java.util.Set;

import com.wbiisg.mapping.meetings.ActionStatus;
import com.wbiisg.mapping.meetings.DecisionKind;
import com.wbiisg.mapping.meetings.MeetingKind;
import com.wbiisg.mapping.meetings.MeetingStatus;
import com.wbiisg.mapping.meetings.ReferenceKind;
import com.wbiisg.mapping.meetings.internal.MeetingsDemoCatalogue.DemoAction;
import com.wbiisg.mapping.meetings.internal.MeetingsDemoCatalogue.DemoAgendaItem;
import com.wbiisg.mapping.meetings.internal.MeetingsDemoCatalogue.DemoDecision;
import com.wbiisg.mapping.meetings.internal.MeetingsDemoCatalogue.DemoMeeting;

/**
 * The meetings around the report the platform starts from (iisg-facts.md §0): the
 * cross-cutting SG in Belgrade (18 February 2021), the WBCTi Regional Pillar SG in
 * Prishtina (3–4 March 2021) with its agenda, participants, minutes, decisions and
 * actions, and the SG meeting proposed for 5 May 2021 in Skopje, co-hosted by North
 * Macedonia, to discuss the first draft of the needs mapping report.
 */
final class MeetingsDemoPrishtina {

	static final List<String> WB6 = List.of("AL", "BA", "XK", "ME", "MK", "RS");

	private MeetingsDemoPrishtina() {
	}

	static DemoMeeting crossCutting() {
		return new DemoMeeting("belgrade2021", MeetingKind.CROSS_CUTTING_SG, null,
				"Cross-cutting Support Group meeting of the WB6 coordinators", Set.of("WBCTi", "WBCSCi", "WBBSi"),
				MeetingsDemoCatalogue.day(2021, 2, 18), MeetingsDemoCatalogue.day(2021, 2, 18), "Belgrade", "RS", null,
				null, List.of(), MeetingStatus.HELD, false,
				List.of(new DemoAgendaItem("Engaging new members", null, null, null),
						new DemoAgendaItem("Concluding the three templates", null, null, null),
						new DemoAgendaItem("Monthly plan to the next Board",
								"The next Board was then planned for July 2021.", null, null)),
				WB6, null, List.of(), List.of());
	}

	static DemoMeeting prishtina() {
		List<String> participants = List.of("RCC", "SI", "AT", "IT", "UK", "OSCE", "GIZ", "AL", "BA", "XK", "ME", "MK",
				"RS");
		return new DemoMeeting("prishtina2021", MeetingKind.PILLAR_SG, null,
				"WBCTi Regional Pillar Support Group meeting", Set.of("WBCTi"), MeetingsDemoCatalogue.day(2021, 3, 3),
				MeetingsDemoCatalogue.day(2021, 3, 4), "Prishtina", "XK", null, "RCC", List.of(), MeetingStatus.HELD,
				false,
				List.of(new DemoAgendaItem("The four-pillar approach for the WBCTi template",
						"Anticipate, Prevent, Protect, Respond (the EU model), presented by the IISG Secretariat.",
						ReferenceKind.FRAMEWORK_VERSION, "framework"),
						new DemoAgendaItem("Comments and feedback of the Western Balkan Six",
								"From the meetings of December 2020 and January 2021.", null, null),
						new DemoAgendaItem("Objectives of the four pillars",
								"The WB6 partners discuss and comment on the objectives of each pillar.", null, null),
						new DemoAgendaItem("Rules of the approved needs mapping methodology",
								"How the SG of each pillar works and concludes on the pillar products.",
								ReferenceKind.METHODOLOGY, "needs:1"),
						new DemoAgendaItem("Calendar of events to the end of the needs mapping report", null, null,
								null),
						new DemoAgendaItem(
								"The response mapping methodology", null, ReferenceKind.METHODOLOGY, "responses:1")),
				participants, minutes(),
				List.of(new DemoDecision(DecisionKind.ADOPT_FRAMEWORK,
						"All participants agreed with the four-pillar proposal (Anticipate, Prevent, Protect, Respond) and its objectives as the WBCTi template.",
						"framework", null),
						new DemoDecision(DecisionKind.OTHER,
								"Slovenia and Austria proposed to participate as the leading partners for the pillar.",
								null, null),
						new DemoDecision(DecisionKind.OTHER,
								"The IISG SG will discuss the first draft of the needs mapping report on 5 May 2021, in a meeting proposed to be co-hosted in Skopje, North Macedonia.",
								null, null)),
				WB6.stream()
					.map((partner) -> new DemoAction("Send the list of needs per each measure of the WBCTi template",
							partner, partner.equals("MK") ? ActionStatus.OPEN : ActionStatus.DONE))
					.toList());
	}

	static DemoMeeting skopje() {
		return new DemoMeeting("skopje2021", MeetingKind.PILLAR_SG, null,
				"Support Group discussion of the first draft of the needs mapping report", Set.of("WBCTi"),
				MeetingsDemoCatalogue.day(2021, 5, 5), MeetingsDemoCatalogue.day(2021, 5, 5), "Skopje", "MK", null,
				null, List.of("MK"), MeetingStatus.PROPOSED, false,
				List.of(new DemoAgendaItem("First draft of the needs mapping report",
						"Proposed at the Prishtina meeting of 3–4 March 2021; not verified that the meeting took place.",
						ReferenceKind.CYCLE, "cycle")),
				List.of(), null, List.of(), List.of());
	}

	private static String minutes() {
		return """
				<p>The IISG Support Group initiated the first in the series of three pillar meetings to deliver first \
				mapping products within 6 months from the 5th IISG Board Meeting (2 February 2021). The meeting gathered \
				participants from the IISG SG technical level to discuss for the first time the needs mapping report for \
				the Western Balkans.</p>
				<p>The IISG Secretariat presented the four-pillar approach (Anticipate, Prevent, Protect, Respond) with the \
				comments and feedback of the Western Balkan Six from the meetings of December 2020 and January 2021. \
				Support Group members were asked to comment on the four-pillar (EU model) approach and on the importance \
				of a holistic approach; the Western Balkan Six partners were invited to comment on the objectives of the \
				four pillars and to propose the calendar of events to the end of the needs mapping report.</p>
				<p><strong>All participants agreed with the four-pillar proposal and its objectives.</strong> The Western \
				Balkan Six partners will follow with their list of needs per each measure.</p>
				<p>The Secretariat commented on the rules of the approved methodology and on how the SG of each pillar is \
				to work and conclude on the pillar products; clear guidelines on contributions and responsibilities are \
				needed. Slovenia, Austria, Italy, the UK, OSCE (B&amp;H) and GIZ agreed on the agenda and the proposed draft \
				of the template. Slovenia and Austria proposed to participate as the leading partners for the pillar.</p>
				<p>On 5 May 2021 the IISG SG will discuss the first draft of the needs mapping report, in a meeting proposed \
				to be co-hosted in Skopje, North Macedonia.</p>""";
	}

}
