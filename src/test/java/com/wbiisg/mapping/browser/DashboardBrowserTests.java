package com.wbiisg.mapping.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static com.wbiisg.mapping.browser.Browser.textOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analysis in a real browser, on the demo data: the Secretariat opens the dashboard,
 * chooses the heatmap cell of Bosnia and Herzegovina × Prevent, narrows the drill-down to
 * the needs not covered, opens one, links it to a project the suggestions offer, and
 * finds the cell changed on the dashboard. Screenshots under
 * {@code target/browser-screenshots} as {@code dashboard-NN-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "iisg.demo.password=" + DashboardBrowserTests.PASSWORD,
				"spring.datasource.url=jdbc:h2:mem:iisg-dashboard-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
						+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"spring.datasource.username=sa", "spring.datasource.password=" })
@ActiveProfiles({ "test", "demo" })
class DashboardBrowserTests {

	static final String PASSWORD = "Browser-Test-Pass-1";

	private static final By CELL = By.id("cell-BA-PRE");

	@RegisterExtension
	final BrowserSession session = new BrowserSession();

	@Value("${local.server.port}")
	int port;

	@Test
	void theSecretariatFollowsAGapFromTheHeatmapToASuggestedProjectAndLinksIt() throws Exception {
		Browser browser = this.session.browser();
		browser.open("/");
		browser.signIn("secretariat", PASSWORD);

		// 1. The dashboard is the home page; the cell shows 1 covered + 0 partly of 3
		browser.waitForText(By.cssSelector("h1"), "Dashboard");
		browser.visible(By.cssSelector("[data-chart='heatmap'] canvas"));
		assertThat(textOf(browser.visible(CELL))).isEqualTo("1 + 0 of 3");
		browser.screenshot("dashboard-01-home");

		// 2. The cell drills down, in place, to the needs not covered
		browser.click(CELL);
		browser.waitForText(By.id("drill-heading"), "Bosnia and Herzegovina");
		browser.click(By.id("drill-NONE"));
		// The list is swapped in place: wait for the new one, marked by its active
		// filter.
		browser.visible(By.cssSelector("#drill-NONE.active"));
		List<String> uncovered = browser.findAll(By.cssSelector("#drill-needs tbody tr td:nth-child(4)"))
			.stream()
			.map(Browser::textOf)
			.distinct()
			.toList();
		assertThat(uncovered).containsExactly("Not covered");
		browser.screenshot("dashboard-02-drill-down");

		// 3. It opens the first of them and takes a suggested project that is running
		browser.click(By.cssSelector("#drill-needs tbody tr:first-child td:nth-child(2) a"));
		browser.visible(By.id("need-suggestions"));
		long need = Long.parseLong(browser.currentPath().substring("/needs/".length()));
		long project = activeSuggestion(need);
		browser.screenshot("dashboard-03-suggestions");
		browser.click(By.cssSelector("#link-project-" + project + " button"));
		browser.waitForText(By.id("need-projects"), title(project));
		browser.screenshot("dashboard-04-linked");

		// 4. Back on the dashboard the cell counts one more partly covered need
		browser.followNav("Dashboard");
		assertThat(textOf(browser.visible(CELL))).isEqualTo("1 + 1 of 3");
		browser.screenshot("dashboard-05-changed");
	}

	/**
	 * The first suggestion whose project is in implementation or finalisation, so that
	 * the link changes the coverage.
	 */
	private long activeSuggestion(long need) throws Exception {
		List<Number> ids = JsonPath.read(api("/api/v1/needs/" + need + "/suggestions"), "$[*].id");
		for (Number id : ids) {
			String status = JsonPath.read(api("/api/v1/projects/" + id), "$.status");
			if (status.equals("IMPLEMENTATION") || status.equals("FINALISATION")) {
				return id.longValue();
			}
		}
		throw new AssertionError("No running project among the suggestions " + ids);
	}

	private String title(long project) throws Exception {
		return JsonPath.read(api("/api/v1/projects/" + project), "$.title");
	}

	private String api(String path) throws Exception {
		String basic = Base64.getEncoder().encodeToString(("secretariat:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.header("Authorization", "Basic " + basic)
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

}
