package com.wbiisg.mapping.consultation;

import java.util.Optional;
import java.util.function.Supplier;

import com.wbiisg.mapping.ModuleTestSettings;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consultation module with what it depends on, the web module, whose clock they use,
 * and a target of its own, since the targets come from other modules: a comment and a
 * reply announce themselves, with the id each was given, when they are saved.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "web")
@ModuleTestSettings
class CommentEventsIntegrationTests {

	private final Commenting threads;

	CommentEventsIntegrationTests(Commenting threads) {
		this.threads = threads;
	}

	@Test
	void announcesACommentAndAReplyWithTheIdsTheyWereGiven(Scenario scenario) {
		scenario.stimulate(() -> as("board", () -> this.threads.add("TOPIC", "7", "Is the cost right?", null)))
			.andWaitForEventOfType(CommentAdded.class)
			.toArriveAndVerify((event, comment) -> assertThat(event)
				.isEqualTo(new CommentAdded(comment.id(), "TOPIC", "7", comment.author())));
		ThreadComment first = as("board", () -> this.threads.thread("TOPIC", "7").get(0));

		scenario.stimulate(() -> as("at.focal", () -> this.threads.add("TOPIC", "7", "It is.", first.id())))
			.andWaitForEventOfType(CommentAdded.class)
			.matching((event) -> !event.author().equals(first.author()))
			.toArriveAndVerify((event, reply) -> assertThat(event)
				.isEqualTo(new CommentAdded(reply.id(), "TOPIC", "7", "at.focal")));
	}

	private static <T> T as(String user, Supplier<T> work) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
					AuthorityUtils.createAuthorityList("ROLE_BOARD")));
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Topics {

		@Bean
		CommentTarget topic() {
			return new CommentTarget() {

				@Override
				public String type() {
					return "TOPIC";
				}

				@Override
				public Optional<String> titleIfVisible(String targetId) {
					return Optional.of("Topic " + targetId);
				}

				@Override
				public String link(String targetId) {
					return "/topics/" + targetId;
				}

			};
		}

	}

}
