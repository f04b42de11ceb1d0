package com.wbiisg.mapping.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.wbiisg.mapping.identity.AccountData;
import com.wbiisg.mapping.identity.Role;
import com.wbiisg.mapping.identity.SecondFactorTesting;
import com.wbiisg.mapping.identity.internal.AccountAdministration;

import com.wbiisg.mapping.support.HttpConnection;
import com.wbiisg.mapping.support.HttpConnection.Answer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Request bodies larger than their kind may be are refused with 413 on a real connection,
 * before they are read whole: the answer arrives while most of the body has not been
 * sent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RequestSizeLimitIntegrationTests {

	private static final int TEN_MB = 10 * 1024 * 1024;

	private static final String PASSWORD = "Quarry-Whistle-Saffron-19";

	@LocalServerPort
	int port;

	@Autowired
	AccountAdministration accounts;

	@Test
	void refusesATenMegabyteJsonBodyBeforeReadingIt() throws Exception {
		try (HttpConnection connection = HttpConnection.open(this.port)) {
			long start = System.nanoTime();
			connection.begin("POST", "/api/v1/frameworks", Map.of("Content-Type", "application/json"), TEN_MB,
					"{\"name\":\"".getBytes(StandardCharsets.UTF_8));
			Answer answer = connection.finish("POST a 10 MB JSON body", new byte[0]);
			long millis = (System.nanoTime() - start) / 1_000_000;

			assertThat(answer.status()).isEqualTo(413);
			assertThat(answer.header("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
			assertThat(answer.text()).contains("\"status\":413", "iisg.api.max-json-body");
			assertThat(answer.header("Connection")).hasValue("close");
			assertThat(millis).isLessThan(5_000);
		}
	}

	@Test
	void refusesAChunkedJsonBodyOnceItPassesTheLimit() throws Exception {
		byte[] chunk = new byte[64 * 1024];
		Arrays.fill(chunk, (byte) 'a');
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write("2000\r\n".getBytes(StandardCharsets.US_ASCII));
		byte[] opening = new byte[0x2000];
		Arrays.fill(opening, (byte) ' ');
		byte[] name = "{\"name\":\"".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(name, 0, opening, 0, name.length);
		body.write(opening);
		body.write("\r\n".getBytes(StandardCharsets.US_ASCII));
		for (int i = 0; i < 17; i++) {
			body.write(Integer.toHexString(chunk.length).getBytes(StandardCharsets.US_ASCII));
			body.write("\r\n".getBytes(StandardCharsets.US_ASCII));
			body.write(chunk);
			body.write("\r\n".getBytes(StandardCharsets.US_ASCII));
		}
		body.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
		String secretariat = secretariat();
		String token;
		// The Secretariat's scripts use a token: HTTP Basic is refused to accounts that
		// must give a second factor.
		try (HttpConnection pages = SecondFactorTesting
			.complete(HttpConnection.open(this.port).signIn(secretariat, PASSWORD), secretariat)) {
			token = pages.issueToken("size test");
		}
		try (HttpConnection connection = HttpConnection.open(this.port).bearer(token)) {
			connection.begin("POST", "/api/v1/frameworks",
					Map.of("Content-Type", "application/json", "Transfer-Encoding", "chunked"), -1, body.toByteArray());
			Answer answer = connection.finish("POST a chunked JSON body of 1.1 MB", new byte[0]);

			assertThat(answer.status()).as(answer.text()).isEqualTo(413);
			assertThat(answer.text()).contains("\"status\":413", "iisg.api.max-json-body");
		}
	}

	@Test
	void refusesAFormPostLargerThanTheFormLimit() throws Exception {
		try (HttpConnection connection = HttpConnection.open(this.port)) {
			connection.begin("POST", "/login", Map.of("Content-Type", "application/x-www-form-urlencoded"), TEN_MB,
					"username=a&password=".getBytes(StandardCharsets.UTF_8));
			Answer answer = connection.finish("POST a 10 MB form", new byte[0]);

			assertThat(answer.status()).isEqualTo(413);
			assertThat(answer.text()).contains("server.tomcat.max-http-form-post-size");
		}
	}

	@Test
	void refusesAMultipartPostLargerThanTheUploadLimit() throws Exception {
		try (HttpConnection connection = HttpConnection.open(this.port)) {
			connection.begin("POST", "/api/v1/imports", Map.of("Content-Type", "multipart/form-data; boundary=xyz"),
					100L * 1024 * 1024, "--xyz\r\n".getBytes(StandardCharsets.UTF_8));
			Answer answer = connection.finish("POST a 100 MB upload", new byte[0]);

			assertThat(answer.status()).isEqualTo(413);
			assertThat(answer.text()).contains("spring.servlet.multipart.max-request-size");
		}
	}

	@Test
	void leavesSmallJsonBodiesToTheApi() throws Exception {
		try (HttpConnection connection = HttpConnection.open(this.port)) {
			Answer answer = connection.postJson("/api/v1/frameworks", "{\"name\":\"x\"}");

			assertThat(answer.status()).isEqualTo(401);
		}
	}

	/**
	 * A Secretariat account, which may post frameworks: a chunked body is read only once
	 * the request is let in.
	 */
	private String secretariat() {
		String username = "size." + UUID.randomUUID().toString().substring(0, 8);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("test-secretariat", null,
					List.of(new SimpleGrantedAuthority(Role.SECRETARIAT.authority()))));
		try {
			this.accounts.create(username, PASSWORD,
					new AccountData("Size Test", username + "@test.invalid", Role.SECRETARIAT, null, null));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		return username;
	}

}
