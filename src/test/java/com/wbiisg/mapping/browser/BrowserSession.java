package com.wbiisg.mapping.browser;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A headless Chromium for each test of a browser journey, pointed at the application that
 * the Spring test started on a random port: skipped with a message where Chromium is
 * missing (never under {@code CI=true}), a screenshot when a test fails, closed
 * afterwards.
 */
final class BrowserSession
		implements BeforeAllCallback, BeforeEachCallback, AfterTestExecutionCallback, AfterEachCallback {

	private Browser browser;

	Browser browser() {
		return this.browser;
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		Browser.assumeInstalled();
	}

	@Override
	public void beforeEach(ExtensionContext context) throws Exception {
		String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
		this.browser = Browser.start("http://localhost:" + port);
	}

	@Override
	public void afterTestExecution(ExtensionContext context) throws Exception {
		if (context.getExecutionException().isPresent() && this.browser != null) {
			this.browser.screenshot("failure-" + context.getRequiredTestMethod().getName());
		}
	}

	@Override
	public void afterEach(ExtensionContext context) {
		if (this.browser != null) {
			this.browser.close();
			this.browser = null;
		}
	}

}
