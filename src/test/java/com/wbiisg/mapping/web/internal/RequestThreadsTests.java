package com.wbiisg.mapping.web.internal;

import org.apache.catalina.connector.Connector;
import org.apache.coyote.http11.Http11NioProtocol;
import org.junit.jupiter.api.Test;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class RequestThreadsTests {

	private static final int CORES = Runtime.getRuntime().availableProcessors();

	@Test
	void tomcatGetsSoManyRequestThreadsPerCoreInsteadOfTwoHundred() {
		Http11NioProtocol protocol = customized(new RequestThreads(8, new MockEnvironment()));

		assertThat(protocol.getMaxThreads()).isEqualTo(8 * CORES);
		assertThat(protocol.getMinSpareThreads()).isLessThanOrEqualTo(8 * CORES);
	}

	@Test
	void aSettingOfTomcatsThreadsWins() {
		MockEnvironment environment = new MockEnvironment().withProperty(RequestThreads.EXPLICIT, "50");

		Http11NioProtocol protocol = customized(new RequestThreads(8, environment));

		assertThat(protocol.getMaxThreads()).isEqualTo(new Http11NioProtocol().getMaxThreads());
	}

	private static Http11NioProtocol customized(RequestThreads threads) {
		TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
		threads.customize(factory);
		Connector connector = new Connector(Http11NioProtocol.class.getName());
		for (TomcatConnectorCustomizer customizer : factory.getConnectorCustomizers()) {
			customizer.customize(connector);
		}
		return (Http11NioProtocol) connector.getProtocolHandler();
	}

}
