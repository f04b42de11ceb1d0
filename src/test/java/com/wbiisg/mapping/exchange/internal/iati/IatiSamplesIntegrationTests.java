package com.wbiisg.mapping.exchange.internal.iati;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.exchange.ImportPreview;
import com.wbiisg.mapping.exchange.ImportResult;
import com.wbiisg.mapping.exchange.internal.ImportProgress;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.membership.MemberCategory;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.membership.Organisation;
import com.wbiisg.mapping.needs.NeedFixtures.Who;
import com.wbiisg.mapping.needs.NeedFixtures;
import com.wbiisg.mapping.responses.FundingStage;
import com.wbiisg.mapping.responses.IatiProjects;
import com.wbiisg.mapping.responses.OrganisationRole;
import com.wbiisg.mapping.responses.ProjectStatus;
import com.wbiisg.mapping.responses.ProjectView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every real IATI file of {@code ../shared/data/iati/activities}, read in place, imports
 * with the counts its content calls for; importing them again changes nothing. And an
 * imported project gets the matcher's suggested needs.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IatiSamplesIntegrationTests {

	/**
	 * Created and skipped per file, as read from the files: only DFID's eight activities
	 * are for a Western Balkan partner (Albania); AfDB's is for Algeria, Finland's for
	 * Benin, Eritrea, Ethiopia and region 998, the annotated example for Afghanistan,
	 * Antigua and regions 489 and A1, Sida's for Laos (on its transactions).
	 */
	private static final Map<String, int[]> EXPECTED = Map.of("afdb-46002-algeria-multilang-v2.01.xml",
			new int[] { 0, 1 }, "dfid-albania-governance-v2.01.xml", new int[] { 8, 0 }, "finland-mfa-fi3-v2.03.xml",
			new int[] { 0, 6 }, "iati-standard-example-annotated-v2.03.xml", new int[] { 0, 1 },
			"sida-se0-laos-v2.03.xml", new int[] { 0, 1 });

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	AccountAdministration accounts;

	@Autowired
	Membership membership;

	@Autowired
	Frameworks frameworks;

	@Autowired
	IatiImporter importer;

	@Autowired
	IatiProjects projects;

	private NeedFixtures needs;

	private IatiFiles files;

	@BeforeAll
	void prepare() {
		this.needs = new NeedFixtures(this.mvc, this.users, this.accounts, this.membership, this.frameworks);
		this.files = new IatiFiles(this.users, this.needs);
	}

	@Test
	void importsEverySampleFileWithTheExpectedCountsAndAgainWithoutDuplicates() throws Exception {
		List<Path> samples = samples();
		assertThat(samples).extracting((path) -> path.getFileName().toString())
			.containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
		Map<String, String> initiative = Map.of("initiative", "WBCSCi");
		for (Path sample : samples) {
			int[] expected = EXPECTED.get(sample.getFileName().toString());
			ImportPreview preview = this.files.as(Who.SECRETARIAT, () -> this.importer
				.preview(this.files.file(sample, Who.SECRETARIAT, initiative), ImportProgress.NONE));
			assertThat(new int[] { preview.create(), preview.update(), preview.unchanged(), preview.skip() })
				.as(sample.getFileName().toString())
				.containsExactly(expected[0], 0, 0, expected[1]);
			assertThat(preview.errors()).as(sample.getFileName().toString()).isEmpty();
			ImportResult result = this.files.as(Who.SECRETARIAT, () -> this.importer
				.confirm(this.files.file(sample, Who.SECRETARIAT, initiative), ImportProgress.NONE));
			assertThat(new int[] { result.created(), result.updated(), result.unchanged(), result.skipped() })
				.as(sample.getFileName().toString())
				.containsExactly(expected[0], 0, 0, expected[1]);
		}
		for (Path sample : samples) {
			int[] expected = EXPECTED.get(sample.getFileName().toString());
			ImportResult again = this.files.as(Who.SECRETARIAT, () -> this.importer
				.confirm(this.files.file(sample, Who.SECRETARIAT, initiative), ImportProgress.NONE));
			assertThat(new int[] { again.created(), again.updated(), again.unchanged(), again.skipped() })
				.as("again " + sample.getFileName())
				.containsExactly(0, 0, expected[0], expected[1]);
		}

		ProjectView grant = this.files.as(Who.SECRETARIAT, () -> this.projects.find("GB-1-109635-101"))
			.orElseThrow()
			.project();
		assertThat(grant.title()).isEqualTo("NOTFORPROFITORG and P0118 for Mountain Peoples Rights CSCF308");
		assertThat(grant.partners()).containsExactly("AL");
		assertThat(grant.initiatives()).containsExactly("WBCSCi");
		assertThat(grant.status()).isEqualTo(ProjectStatus.CLOSED);
		assertThat(grant.reportingOrganisation()).isEqualTo("GB-GOV-1");
		assertThat(grant.organisations()).extracting(ProjectView.Participant::name, ProjectView.Participant::role)
			.containsExactly(tuple("United Kingdom", OrganisationRole.FUNDING),
					tuple("Department for International Development", OrganisationRole.EXTENDING),
					tuple("Donor country-based NGO", OrganisationRole.IMPLEMENTING));
		assertThat(grant.budget().amount()).isEqualByComparingTo("162393.00");
		assertThat(grant.budget().currency()).isEqualTo("GBP");
		assertThat(grant.budget().amountEur()).isEqualByComparingTo("188375.88");
		assertThat(grant.funding())
			.extracting(ProjectView.Funding::stage, (line) -> line.amount().toPlainString(), ProjectView.Funding::year)
			.containsExactly(tuple(FundingStage.COMMITTED, "162393.00", 2005),
					tuple(FundingStage.DISBURSED, "39640.00", 2005), tuple(FundingStage.DISBURSED, "43332.00", 2006),
					tuple(FundingStage.DISBURSED, "39636.00", 2007), tuple(FundingStage.DISBURSED, "31730.00", 2008),
					tuple(FundingStage.DISBURSED, "8055.00", 2009));
		assertThat(grant.actualStart()).hasToString("2005-04-01");
		assertThat(grant.actualEnd()).hasToString("2010-03-31");

		Map<String, Organisation> added = new LinkedHashMap<>();
		this.membership.organisations()
			.stream()
			.filter((organisation) -> organisation.category() == MemberCategory.NON_MEMBER)
			.forEach((organisation) -> added.put(organisation.name(), organisation));
		assertThat(added.get("Department for International Development").iatiIdentifier()).isEqualTo("GB-GOV-1");
		assertThat(added.get("International Bank for Reconstruction and Development").shortName()).isEqualTo("IBRD");
		assertThat(this.membership.organisations()).filteredOn((o) -> o.name().equals("Donor country-based NGO"))
			.hasSize(1);
	}

	@Test
	void offersTheMatchersSuggestedNeedsForAnImportedProject() throws Exception {
		long cycle = this.needs.openCycle();
		long need = this.needs.create(cycle, "MK", "PRE.2.1", Who.OWNER,
				"Forensic examination of seized drones and flight logs", false);
		this.needs.transition(need, "SUBMIT", Who.OWNER, null, null).andExpect(status().isOk());

		ImportResult result = this.files.as(Who.GROUP_MEMBER,
				() -> this.importer.confirm(this.files.file(IatiFiles.fixture("suggestion-v2.01.xml"), Who.GROUP_MEMBER,
						Map.of("initiative", "WBCTi")), ImportProgress.NONE));
		assertThat(result.created()).isEqualTo(1);
		long project = result.projectIds().get(0);

		String json = this.mvc
			.perform(get("/api/v1/projects/" + project + "/suggestions").with(this.needs.as(Who.GROUP_MEMBER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Number> suggested = JsonPath.read(json, "$[*].id");
		assertThat(suggested).extracting(Number::longValue).first().isEqualTo(need);
		this.mvc.perform(get("/projects/" + project).with(this.needs.as(Who.GROUP_MEMBER))).andExpect(status().isOk());
	}

	private static List<Path> samples() throws Exception {
		IatiFiles.sample("");
		try (Stream<Path> files = Files.list(IatiFiles.SAMPLES)) {
			return files.filter((path) -> path.toString().endsWith(".xml")).sorted().toList();
		}
	}

}
