package com.wbiisg.mapping.meetings.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.wbiisg.mapping.meetings.ActionStatus;
import com.wbiisg.mapping.meetings.DecisionKind;
import com.wbiisg.mapping.meetings.DocumentKind;
import com.wbiisg.mapping.meetings.MeetingFormat;
import com.wbiisg.mapping.meetings.MeetingKind;
import com.wbiisg.mapping.meetings.MeetingStatus;
import com.wbiisg.mapping.meetings.ReferenceKind;
import org.jspecify.annotations.Nullable;

/**
 * The IISG calendar as the facts tell it (iisg-facts.md §0 and the timeline of §2): the
 * Boards and Support Group meetings from the 1st Board (2017) to the 5th regional SG
 * meetings (April 2023), the WBCTi pillar SG of Prishtina in full, the proposed Skopje
 * meeting of 5 May 2021 (not verified that it took place), the methodologies the Boards
 * adopted, and the six-month milestone of the 5th Board.
 *
 * <p>
 * Where the facts are silent the record says nothing: the meetings last whole days (no
 * times are known), the format is "not recorded" unless a source gives it (the 6th Board
 * was hybrid), and no host is named unless one is known (the Secretariat, hosted by the
 * RCC, organised the Prishtina meeting; North Macedonia was to co-host in Skopje). Which
 * meetings are members-only is a platform setting, not a fact: the demo marks the
 * national meetings so. The Prishtina action items are one per WB partner; their status
 * follows the demo needs (North Macedonia is still drafting).
 */
final class MeetingsDemoCatalogue {

	static final String ZONE = "Europe/Belgrade";

	private MeetingsDemoCatalogue() {
	}

	record DemoMeeting(String key, MeetingKind kind, @Nullable Integer number, String title, Set<String> initiatives,
			LocalDate first, LocalDate last, @Nullable String city, @Nullable String partner,
			@Nullable MeetingFormat format, @Nullable String host, List<String> coHosts, MeetingStatus status,
			boolean restricted, List<DemoAgendaItem> agenda, List<String> attendance, @Nullable String minutes,
			List<DemoDecision> decisions, List<DemoAction> actions) {
	}

	/**
	 * An agenda item; {@code reference} is "framework", "cycle" or a document key.
	 */
	record DemoAgendaItem(String title, @Nullable String notes, @Nullable ReferenceKind kind,
			@Nullable String reference) {
	}

	/**
	 * A decision; {@code target} is "framework", a document key with its version
	 * ("needs:1"), or none, with the label of a target the platform does not hold.
	 */
	record DemoDecision(DecisionKind kind, String text, @Nullable String target, @Nullable String label) {
	}

	record DemoAction(String text, String owner, ActionStatus status) {
	}

	record DemoDocument(String key, DocumentKind kind, String title, String description, List<String> versionNotes) {
	}

	static List<DemoDocument> documents() {
		return List.of(new DemoDocument("tor", DocumentKind.TERMS_OF_REFERENCE, "IISG Terms of Reference",
				"The IISG Terms of Reference: endorsed at the 1st Board (2017), revised at the 4th Board (2019).",
				List.of("As endorsed at the 1st IISG Board, 8 September 2017.",
						"New ToR approved at the 4th IISG Board, 18 November 2019.")),
				new DemoDocument("needs", DocumentKind.NEEDS_MAPPING_METHODOLOGY, "Needs mapping methodology",
						"How the biennial needs mapping is done. It did not include the templates of the three pillars.",
						List.of("Approved by the 5th IISG Board, 2 February 2021.",
								"Updated biennial needs mapping methodology, adopted by the 6th IISG Board.")),
				new DemoDocument("membership", DocumentKind.MEMBERSHIP_METHODOLOGY, "IISG membership methodology",
						"Allows for broad EU (Western Balkan Partners) participation in the IISG process.",
						List.of("Approved by the 5th IISG Board, 2 February 2021.")),
				new DemoDocument("responses", DocumentKind.RESPONSE_MAPPING_METHODOLOGY, "Response mapping methodology",
						"How the annual response mapping is done.",
						List.of("Agreed at Support Group level (WBBSi SG, Budva, September 2021) for the Board.")),
				new DemoDocument("database", DocumentKind.DATABASE_METHODOLOGY, "IISG Database methodology",
						"The methodology of the IISG secure database (IISG-D).",
						List.of("Agreed at Support Group level (WBBSi SG, Budva, September 2021) for the Board.")));
	}

	static List<DemoMeeting> meetings() {
		return List.of(board("board1", 1, "Terms of Reference endorsed; lead partners appointed", day(2017, 9, 8),
				"Brdo pri Kranju", null, null,
				List.of(new DemoDecision(DecisionKind.ADOPT_METHODOLOGY,
						"The Board endorses the IISG Terms of Reference.", "tor:1", null),
						new DemoDecision(DecisionKind.OTHER,
								"The Board appoints lead partners per pillar, as \"first among equals\", to coordinate the iPAs.",
								null, null))),
				board("board4", 4, "New Terms of Reference", day(2019, 11, 18), "Skopje", "MK", null,
						List.of(new DemoDecision(DecisionKind.ADOPT_METHODOLOGY,
								"The Board approves the new IISG Terms of Reference.", "tor:2", null))),
				board("board5", 5, "Needs mapping and membership methodologies", day(2021, 2, 2), null, null, null, List
					.of(new DemoDecision(DecisionKind.ADOPT_METHODOLOGY,
							"The Board approves the needs mapping methodology.", "needs:1", null),
							new DemoDecision(DecisionKind.ADOPT_METHODOLOGY,
									"The Board approves the IISG membership methodology, which allows for broad EU (Western Balkan Partners) participation in the IISG process.",
									"membership:1", null),
							new DemoDecision(DecisionKind.OTHER,
									"First mapping products are to be delivered within 6 months.", null, null))),
				MeetingsDemoPrishtina.crossCutting(), MeetingsDemoPrishtina.prishtina(), MeetingsDemoPrishtina.skopje(),
				sg("budva2021", null, "WBBSi", "Finalising the needs reports; methodologies for the Board",
						day(2021, 9, 23), day(2021, 9, 24), "Budva", "ME",
						List.of(new DemoDecision(DecisionKind.OTHER,
								"The response mapping methodology and the Secure Database methodology are agreed for adoption by the Board, then planned for December 2021.",
								null, null))),
				sg("podgorica-wbcsci", null, "WBCSCi", "Finalising the needs report", day(2022, 6, 9), day(2022, 6, 10),
						"Podgorica", "ME", List.of()),
				sg("podgorica-wbbsi", null, "WBBSi", "Finalising the needs report", day(2022, 6, 9), day(2022, 6, 10),
						"Podgorica", "ME", List.of()),
				new DemoMeeting("board6", MeetingKind.BOARD, 6, "Adoption of the needs mapping 2021–2022",
						Set.of("WBCTi", "WBCSCi", "WBBSi"), day(2022, 6, 20), day(2022, 6, 20), "Sarajevo", "BA",
						MeetingFormat.HYBRID, null, List.of(), MeetingStatus.HELD, false, List.of(), List.of("EC"),
						null,
						List.of(new DemoDecision(DecisionKind.ADOPT_REPORT,
								"The Board adopts the needs mapping 2021–2022 for all three pillars.", null,
								"Needs mapping 2021–2022 (WBCTi, WBCSCi, WBBSi)"),
								new DemoDecision(DecisionKind.ADOPT_METHODOLOGY,
										"The Board adopts the updated biennial needs mapping methodology.", "needs:2",
										null),
								new DemoDecision(DecisionKind.ADMIT_MEMBER,
										"The Regional Anti-Corruption Initiative (RAI) joins the IISG.", null,
										"Regional Anti-Corruption Initiative (RAI)")),
						List.of()),
				national("skopje2022", "Response mapping and support mapping (IISG-D)", day(2022, 10, 25), "Skopje",
						"MK"),
				national("podgorica2022", "Response mapping and support mapping (IISG-D)", day(2022, 12, 9),
						"Podgorica", "ME"),
				sg("tirana2023", 5, "WBCSCi", "5th regional Support Group meeting", day(2023, 4, 25), day(2023, 4, 25),
						"Tirana", "AL", List.of()),
				sg("budva2023", 5, "WBCTi", "Response mapping reports 2021 and 2022", day(2023, 4, 27),
						day(2023, 4, 27), "Budva", "ME", List.of()),
				sg("skopje2023", 5, "WBBSi", "5th regional Support Group meeting", day(2023, 4, 28), day(2023, 4, 28),
						"Skopje", "MK", List.of()));
	}

	static LocalDate day(int year, int month, int day) {
		return LocalDate.of(year, month, day);
	}

	private static DemoMeeting board(String key, int number, String title, LocalDate on, @Nullable String city,
			@Nullable String partner, @Nullable MeetingFormat format, List<DemoDecision> decisions) {
		return new DemoMeeting(key, MeetingKind.BOARD, number, title, Set.of(), on, on, city, partner, format, null,
				List.of(), MeetingStatus.HELD, false, List.of(), List.of(), null, decisions, List.of());
	}

	private static DemoMeeting sg(String key, @Nullable Integer number, String initiative, String title,
			LocalDate first, LocalDate last, String city, String partner, List<DemoDecision> decisions) {
		return new DemoMeeting(key, MeetingKind.PILLAR_SG, number, title, Set.of(initiative), first, last, city,
				partner, null, null, List.of(), MeetingStatus.HELD, false, List.of(), List.of(), null, decisions,
				List.of());
	}

	private static DemoMeeting national(String key, String title, LocalDate on, String city, String partner) {
		return new DemoMeeting(key, MeetingKind.NATIONAL, null, title, Set.of(), on, on, city, partner, null, null,
				List.of(), MeetingStatus.HELD, true, List.of(), List.of(partner), null, List.of(), List.of());
	}

}
