package com.wbiisg.mapping.web;

import org.apache.coyote.AbstractProtocol;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running server's request threads: so many per core, not Tomcat's 200. The
 * configuration is the dashboard browser test's, so that both share one started server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "iisg.demo.password=Browser-Test-Pass-1",
				"spring.datasource.url=jdbc:h2:mem:iisg-dashboard-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
						+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"spring.datasource.username=sa", "spring.datasource.password=" })
@ActiveProfiles({ "test", "demo" })
class RequestThreadsIntegrationTests {

	@Autowired
	ServletWebServerApplicationContext context;

	@Test
	void theServerRunsEightRequestThreadsPerCore() {
		TomcatWebServer server = (TomcatWebServer) this.context.getWebServer();
		AbstractProtocol<?> protocol = (AbstractProtocol<?>) server.getTomcat().getConnector().getProtocolHandler();

		assertThat(protocol.getMaxThreads()).isEqualTo(8 * Runtime.getRuntime().availableProcessors());
	}

}
