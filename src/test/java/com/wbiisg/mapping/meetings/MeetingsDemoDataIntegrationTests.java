package com.wbiisg.mapping.meetings;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo calendar follows the facts: the 5th Board adopting the two methodologies and
 * its six-month milestone (2 August 2021), the Prishtina pillar SG with its agenda,
 * participants, decisions and the WB6 actions, the proposed Skopje meeting co-hosted by
 * North Macedonia, and the 6th Board (hybrid, Sarajevo) adopting the needs mapping
 * 2021–2022; decisions name what they adopted without adopting it again.
 */
@SpringBootTest(properties = { "iisg.demo.password=" + MeetingsDemoDataIntegrationTests.PASSWORD,
		"spring.datasource.url=jdbc:h2:mem:iisg-meetings-demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
				+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa", "spring.datasource.password=" })
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "demo" })
@DisabledIfSystemProperty(named = "iisg.test.database", matches = "postgres",
		disabledReason = "runs on its own in-memory H2 database, so the PostgreSQL run would only repeat it")
class MeetingsDemoDataIntegrationTests {

	static final String PASSWORD = "Meetings-Demo-Test-1";

	@Autowired
	MockMvc mvc;

	@Test
	void recordsTheFifthBoardWithItsMethodologiesAndMilestone() throws Exception {
		Map<String, Object> board = meeting("BOARD", 5);
		assertThat(board.get("name")).isEqualTo("5th IISG Board Meeting");
		assertThat(board.get("startDate")).isEqualTo("2021-02-02");
		assertThat(board.get("status")).isEqualTo("HELD");
		String details = read("/api/v1/meetings/" + board.get("id"));
		assertThat(JsonPath.<List<String>>read(details, "$.decisions[*].targetLabel"))
			.contains("Needs mapping methodology v1", "IISG membership methodology v1");
		assertThat(JsonPath.<List<Boolean>>read(details, "$.decisions[*].applied")).containsOnly(false);
		assertThat(JsonPath.<List<String>>read(details, "$.milestones[*].dueOn")).containsExactly("2021-08-02");
		String documents = read("/api/v1/documents");
		assertThat(JsonPath.<List<Object>>read(documents,
				"$[?(@.title == 'Needs mapping methodology')].versions[?(@.number == 1)].adoptedOn"))
			.containsExactly("2021-02-02");
	}

	@Test
	void recordsThePrishtinaPillarMeetingInFull() throws Exception {
		Map<String, Object> prishtina = meetings().stream()
			.filter((m) -> "Prishtina".equals(m.get("city")))
			.findFirst()
			.orElseThrow();
		assertThat(prishtina.get("startDate")).isEqualTo("2021-03-03");
		assertThat(prishtina.get("endDate")).isEqualTo("2021-03-04");
		assertThat(prishtina.get("partnerName")).isEqualTo("Kosovo*");
		String details = read("/api/v1/meetings/" + prishtina.get("id"));
		assertThat(JsonPath.<List<String>>read(details, "$.agenda[*].title")).hasSize(6)
			.startsWith("The four-pillar approach for the WBCTi template");
		assertThat(JsonPath.<String>read(details, "$.agenda[0].referenceLabel")).isEqualTo("WBCTi 2021\u20132022 v1");
		assertThat(JsonPath.<List<String>>read(details, "$.attendance[*].organisation")).contains("Slovenia", "Austria",
				"Italy", "United Kingdom", "OSCE Mission to Bosnia and Herzegovina",
				"Deutsche Gesellschaft für Internationale Zusammenarbeit", "Albania", "Bosnia and Herzegovina",
				"Kosovo*", "Montenegro", "North Macedonia", "Serbia");
		assertThat(JsonPath.<List<String>>read(details, "$.decisions[*].kind")).startsWith("ADOPT_FRAMEWORK", "OTHER");
		assertThat(JsonPath.<String>read(details, "$.decisions[0].decidedOn")).isEqualTo("2021-03-04");
		assertThat(JsonPath.<Boolean>read(details, "$.decisions[0].applied")).isFalse();
		assertThat(JsonPath.<List<String>>read(details, "$.decisions[*].text"))
			.anySatisfy((text) -> assertThat(text).contains("Slovenia and Austria"));
		assertThat(JsonPath.<List<String>>read(details, "$.actions[*].ownerOrganisation")).containsExactly("Albania",
				"Bosnia and Herzegovina", "Kosovo*", "Montenegro", "North Macedonia", "Serbia");
		assertThat(JsonPath.<String>read(details, "$.minutes")).contains("four-pillar");
		String mine = this.mvc
			.perform(get("/api/v1/actions?owner=me&status=open").with(httpBasic("mk.focal", PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<String>>read(mine, "$.items[*].text"))
			.contains("Send the list of needs per each measure of the WBCTi template");
	}

	@Test
	void recordsTheProposedSkopjeMeetingAndTheSixthBoard() throws Exception {
		Map<String, Object> skopje = meetings().stream()
			.filter((m) -> "2021-05-05".equals(m.get("startDate")))
			.findFirst()
			.orElseThrow();
		assertThat(skopje.get("status")).isEqualTo("PROPOSED");
		assertThat(skopje.get("city")).isEqualTo("Skopje");
		assertThat(JsonPath.<List<String>>read(read("/api/v1/meetings/" + skopje.get("id")), "$.coHosts[*].name"))
			.containsExactly("North Macedonia");
		Map<String, Object> board = meeting("BOARD", 6);
		assertThat(board.get("format")).isEqualTo("HYBRID");
		assertThat(board.get("city")).isEqualTo("Sarajevo");
		assertThat(board.get("startDate")).isEqualTo("2022-06-20");
		assertThat(JsonPath.<List<String>>read(read("/api/v1/meetings/" + board.get("id")), "$.decisions[*].kind"))
			.contains("ADOPT_REPORT", "ADOPT_METHODOLOGY");
	}

	private Map<String, Object> meeting(String kind, int number) throws Exception {
		return meetings().stream()
			.filter((m) -> kind.equals(m.get("kind")) && Integer.valueOf(number).equals(m.get("number")))
			.findFirst()
			.orElseThrow();
	}

	private List<Map<String, Object>> meetings() throws Exception {
		return JsonPath.read(read("/api/v1/meetings?size=500"), "$.items");
	}

	private String read(String path) throws Exception {
		return this.mvc.perform(get(path).with(httpBasic("secretariat", PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
