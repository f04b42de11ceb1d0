package com.wbiisg.mapping.exchange.internal.iati;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.exchange.ImportError;
import com.wbiisg.mapping.exchange.ImportItem;
import com.wbiisg.mapping.exchange.ImportPreview;
import com.wbiisg.mapping.exchange.ImportResult;
import com.wbiisg.mapping.exchange.internal.ImportProgress;
import com.wbiisg.mapping.exchange.internal.ImportRejected;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.membership.MemberCategory;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.membership.Organisation;
import com.wbiisg.mapping.membership.OrganisationRegistration;
import com.wbiisg.mapping.needs.NeedFixtures.Who;
import com.wbiisg.mapping.needs.NeedFixtures;
import com.wbiisg.mapping.responses.FundingStage;
import com.wbiisg.mapping.responses.IatiProjectBatches;
import com.wbiisg.mapping.responses.IatiProjectRecord;
import com.wbiisg.mapping.responses.IatiProjects.IatiProjectState;
import com.wbiisg.mapping.responses.IatiProjects;
import com.wbiisg.mapping.responses.OrganisationRole;
import com.wbiisg.mapping.responses.ProjectStatus;
import com.wbiisg.mapping.responses.ProjectView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The IATI import through the whole application: its own edge cases, who may import what,
 * hostile files, and the projects it writes with their organisations, money and sectors.
 * The real samples are {@link IatiSamplesIntegrationTests}'.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IatiImportIntegrationTests {

	private static final Map<String, String> WBCTI = Map.of("initiative", "WBCTi");

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

	@Autowired
	IatiProjectBatches batches;

	@Autowired
	OrganisationRegistration registration;

	@Autowired
	IatiProperties properties;

	@Autowired
	JdbcTemplate jdbc;

	private IatiFiles files;

	@BeforeAll
	void prepare() {
		NeedFixtures needs = new NeedFixtures(this.mvc, this.users, this.accounts, this.membership, this.frameworks);
		this.files = new IatiFiles(this.users, needs);
	}

	@Test
	void previewsEachActivityWithItsErrorsWritingNothingThenImportsTheOthers() {
		ImportPreview preview = this.files.as(Who.SECRETARIAT,
				() -> this.importer.preview(
						this.files.file(IatiFiles.fixture("edge-cases-v2.03.xml"), Who.SECRETARIAT, WBCTI),
						ImportProgress.NONE));

		assertThat(preview.create()).isEqualTo(2);
		assertThat(preview.update()).isZero();
		assertThat(preview.skip()).isEqualTo(6);
		assertThat(preview.items()).extracting(ImportItem::key, ImportItem::action)
			.containsExactly(tuple("XM-IISG-EDGE-1", ImportItem.Action.CREATE),
					tuple("XM-IISG-EDGE-2", ImportItem.Action.SKIP), tuple("XM-IISG-EDGE-3", ImportItem.Action.SKIP),
					tuple("XM-IISG-EDGE-4", ImportItem.Action.CREATE), tuple("XM-IISG-EDGE-5", ImportItem.Action.SKIP),
					tuple("XM-IISG EDGE-6", ImportItem.Action.SKIP), tuple("XM-IISG-EDGE-1", ImportItem.Action.SKIP),
					tuple("XM-IISG-EDGE-8", ImportItem.Action.SKIP));
		assertThat(preview.items().get(0).label()).isEqualTo("Equipment for counter-terrorism units");
		assertThat(preview.items().get(0).reason()).isEqualTo(
				"Reported by Edge Test Agency (XM-IISG-EDGE) (new non-member); funding: IT; implementing: DCAF.");
		assertThat(preview.items().get(2).reason()).startsWith("No recipient country among AL, BA, XK, ME, MK, RS")
			.endsWith("it names DE.");
		assertThat(preview.items().get(4).reason()).endsWith("it names region 89.");
		assertThat(preview.errors()).extracting(ImportError::sheet, ImportError::row, ImportError::column)
			.containsExactlyInAnyOrder(tuple(null, 2, "activity-date/@iso-date"),
					tuple(null, 2, "activity-status/@code"), tuple(null, 2, "participating-org"),
					tuple(null, 6, "iati-identifier"), tuple(null, 7, "iati-identifier"),
					tuple(null, 8, "value/@currency"));
		assertThat(preview.errors()).filteredOn((error) -> error.row() == 7)
			.extracting(ImportError::message)
			.containsExactly("The identifier XM-IISG-EDGE-1 is also that of activity 1.");
		assertThat(this.files.as(Who.SECRETARIAT, () -> this.projects.find("XM-IISG-EDGE-1"))).isEmpty();
		assertThat(this.membership.organisations()).extracting(Organisation::name).doesNotContain("Edge Test Agency");

		importsTheActivitiesWithoutErrorsAndRegistersMissingOrganisations();

		ImportPreview again = this.files.as(Who.SECRETARIAT,
				() -> this.importer.preview(
						this.files.file(IatiFiles.fixture("edge-cases-v2.03.xml"), Who.SECRETARIAT, WBCTI),
						ImportProgress.NONE));
		assertThat(again.unchanged()).isEqualTo(2);
		assertThat(again.create() + again.update()).isZero();
	}

	private void importsTheActivitiesWithoutErrorsAndRegistersMissingOrganisations() {
		ImportResult result = this.files.as(Who.SECRETARIAT,
				() -> this.importer.confirm(
						this.files.file(IatiFiles.fixture("edge-cases-v2.03.xml"), Who.SECRETARIAT, WBCTI),
						ImportProgress.NONE));

		assertThat(result.created()).isEqualTo(2);
		assertThat(result.skipped()).isEqualTo(6);
		assertThat(result.projectIds()).hasSize(2);
		Organisation agency = this.membership.organisations()
			.stream()
			.filter((organisation) -> organisation.name().equals("Edge Test Agency"))
			.findFirst()
			.orElseThrow();
		assertThat(agency.category()).isEqualTo(MemberCategory.NON_MEMBER);
		assertThat(agency.iatiIdentifier()).isEqualTo("XM-IISG-EDGE");
		assertThat(agency.shortName()).isEqualTo("XM-IISG-EDGE");

		IatiProjectState state = this.files.as(Who.SECRETARIAT, () -> this.projects.find("xm-iisg-edge-1"))
			.orElseThrow();
		ProjectView project = state.project();
		assertThat(project.title()).isEqualTo("Equipment for counter-terrorism units");
		assertThat(project.description()).isEqualTo("Equipment and training for the counter-terrorism units.");
		assertThat(project.reportingOrganisationId()).isEqualTo(agency.id());
		assertThat(project.organisations())
			.extracting(ProjectView.Participant::shortName, ProjectView.Participant::role)
			.containsExactly(tuple("IT", OrganisationRole.FUNDING), tuple("DCAF", OrganisationRole.IMPLEMENTING));
		assertThat(project.partners()).containsExactly("MK");
		assertThat(project.initiatives()).containsExactly("WBCTi");
		assertThat(project.status()).isEqualTo(ProjectStatus.IMPLEMENTATION);
		assertThat(project.budget().amount()).isEqualByComparingTo("250000");
		assertThat(project.budget().currency()).isEqualTo("EUR");
		assertThat(project.funding())
			.extracting(ProjectView.Funding::stage, (line) -> line.amount().toPlainString(), ProjectView.Funding::year)
			.containsExactly(tuple(FundingStage.COMMITTED, "200000.00", 2021),
					tuple(FundingStage.DISBURSED, "50000.00", 2021), tuple(FundingStage.DISBURSED, "30000.13", 2022));
		assertThat(project.plannedStart()).hasToString("2021-01-01");
		assertThat(project.plannedEnd()).hasToString("2022-12-31");
		assertThat(this.jdbc.queryForList(
				"select actor || ' ' || changes from audit_entry where action = 'IMPORT' and record_type = 'Project' "
						+ "and record_id = ?",
				String.class, String.valueOf(project.id())))
			.singleElement()
			.asString()
			.startsWith(this.files.user(Who.SECRETARIAT).username())
			.contains("Equipment for counter-terrorism units");
		assertThat(state.sectors())
			.containsExactly(new IatiProjectRecord.Sector("1", "15210", new BigDecimal("100.000")));
		assertThat(state.narratives())
			.extracting(IatiProjectRecord.Narrative::element, IatiProjectRecord.Narrative::type,
					IatiProjectRecord.Narrative::language)
			.containsExactly(tuple("title", "1", "fr"), tuple("title", "1", "en"), tuple("description", "1", "en"),
					tuple("description", "2", "en"));

		ProjectView regional = this.files.as(Who.SECRETARIAT, () -> this.projects.find("XM-IISG-EDGE-4"))
			.orElseThrow()
			.project();
		assertThat(regional.partners()).containsExactly("REG");
		assertThat(regional.budget().currency()).isEqualTo("USD");
		assertThat(regional.budget().eurRate()).isEqualByComparingTo("0.85");
		assertThat(regional.status()).isEqualTo(ProjectStatus.PIPELINE);
	}

	@Test
	void letsAPartnerFocalPointImportOnlyWhatItsOrganisationReports() {
		Path file = IatiFiles.fixture("focal-point-v2.02.xml");
		ImportResult result = this.files.as(Who.GROUP_MEMBER,
				() -> this.importer.confirm(this.files.file(file, Who.GROUP_MEMBER, WBCTI), ImportProgress.NONE));
		assertThat(result.created()).isEqualTo(1);
		assertThat(result.skipped()).isEqualTo(1);
		ImportPreview again = this.files.as(Who.GROUP_MEMBER,
				() -> this.importer.preview(this.files.file(file, Who.GROUP_MEMBER, WBCTI), ImportProgress.NONE));
		assertThat(again.unchanged()).isEqualTo(1);
		assertThat(again.errors()).singleElement().satisfies((error) -> {
			assertThat(error.row()).isEqualTo(2);
			assertThat(error.column()).isEqualTo("reporting-org");
			assertThat(error.message()).startsWith("The activity is reported by Slovenia;");
		});
		assertThat(this.files.as(Who.SECRETARIAT, () -> this.projects.find("XM-IISG-SI-1"))).isEmpty();
	}

	@Test
	void refusesBeneficiaryFocalPointsAndObservers() {
		assertThatThrownBy(() -> this.files.as(Who.OWNER,
				() -> this.importer.preview(
						this.files.file(IatiFiles.fixture("focal-point-v2.02.xml"), Who.OWNER, WBCTI),
						ImportProgress.NONE)))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void asksForTheInitiativeOfNewProjects() {
		ImportPreview preview = this.files.as(Who.SECRETARIAT,
				() -> this.importer.preview(
						this.files.file(IatiFiles.fixture("new-activity-v2.03.xml"), Who.SECRETARIAT, Map.of()),
						ImportProgress.NONE));
		assertThat(preview.errors()).extracting(ImportError::column).containsExactly("initiative");
		assertThatThrownBy(() -> this.files.as(Who.SECRETARIAT,
				() -> this.importer.preview(this.files.file(IatiFiles.fixture("new-activity-v2.03.xml"),
						Who.SECRETARIAT, Map.of("initiative", "WBXX")), ImportProgress.NONE)))
			.isInstanceOf(ImportRejected.class)
			.hasMessageContaining("Unknown initiative WBXX");
	}

	@Test
	void refusesAFileOverTheSizeLimit() {
		IatiImporter small = new IatiImporter(new IatiProperties(DataSize.ofKilobytes(1), Map.of()), this.membership,
				this.registration, this.batches, this.frameworks);
		assertThatThrownBy(() -> this.files.as(Who.SECRETARIAT,
				() -> small.preview(this.files.file(IatiFiles.fixture("edge-cases-v2.03.xml"), Who.SECRETARIAT, WBCTI),
						ImportProgress.NONE)))
			.isInstanceOf(ImportRejected.class)
			.hasMessageMatching("The file edge-cases-v2.03.xml has .* MB; IATI files of up to 0.0 MB are read \\(an "
					+ "administrator raises the limit with iisg.exchange.iati.max-file-size\\).");
	}

	@Test
	void refusesAHostileFileAndWritesNothing() throws Exception {
		Path hostile = Files.createTempFile("hostile", ".xml");
		Files.writeString(hostile, """
				<?xml version="1.0"?>
				<!DOCTYPE iati-activities [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
				<iati-activities version="2.03"><iati-activity default-currency="EUR">
				<iati-identifier>XM-IISG-HOSTILE-1</iati-identifier>
				<reporting-org type="10"><narrative>Italy</narrative></reporting-org>
				<title><narrative>&xxe;</narrative></title>
				<participating-org role="1"><narrative>Italy</narrative></participating-org>
				<activity-status code="2"/><recipient-country code="AL"/>
				</iati-activity></iati-activities>""");
		assertThatThrownBy(() -> this.files.as(Who.SECRETARIAT,
				() -> this.importer.confirm(this.files.file(hostile, Who.SECRETARIAT, WBCTI), ImportProgress.NONE)))
			.isInstanceOf(ImportRejected.class)
			.hasMessageContaining("DOCTYPE");
		assertThat(this.files.as(Who.SECRETARIAT, () -> this.projects.find("XM-IISG-HOSTILE-1"))).isEmpty();
		Files.delete(hostile);
	}

	@Test
	void reportsProgressUpToAHundredPercent() {
		List<Integer> seen = new java.util.ArrayList<>();
		this.files.as(Who.SECRETARIAT, () -> this.importer
			.preview(this.files.file(IatiFiles.fixture("edge-cases-v2.03.xml"), Who.SECRETARIAT, WBCTI), seen::add));
		assertThat(seen).isSorted().endsWith(100);
	}

}
