package com.wbiisg.mapping.consultation;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import com.wbiisg.mapping.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static com.wbiisg.mapping.consultation.ConsultationFixtures.beneficiary;
import static com.wbiisg.mapping.consultation.ConsultationFixtures.board;
import static com.wbiisg.mapping.consultation.ConsultationFixtures.body;
import static com.wbiisg.mapping.consultation.ConsultationFixtures.comment;
import static com.wbiisg.mapping.consultation.ConsultationFixtures.commentsOf;
import static com.wbiisg.mapping.consultation.ConsultationFixtures.freshFramework;
import static com.wbiisg.mapping.consultation.ConsultationFixtures.observer;
import static com.wbiisg.mapping.consultation.ConsultationFixtures.partner;
import static com.wbiisg.mapping.consultation.ConsultationFixtures.secretariat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@RecordApplicationEvents
class ConsultationApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationEvents events;

	@Test
	void letsMembersCommentOnAFrameworkItemAndReply() throws Exception {
		long framework = freshFramework(this.mvc);
		String json = this.mvc
			.perform(post(commentsOf(framework, "PRE.2.1")).with(partner())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body("Does this cover juvenile detention?", null)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isNumber())
			.andExpect(jsonPath("$.targetType").value("FRAMEWORK_ITEM"))
			.andExpect(jsonPath("$.targetId").value(framework + "/PRE.2.1"))
			.andExpect(jsonPath("$.replyTo").value(nullValue()))
			.andExpect(jsonPath("$.author").value("at.focal"))
			.andExpect(jsonPath("$.text").value("Does this cover juvenile detention?"))
			.andExpect(jsonPath("$.createdAt").isString())
			.andExpect(jsonPath("$.resolved").value(false))
			.andExpect(jsonPath("$.resolvedBy").value(nullValue()))
			.andExpect(jsonPath("$.replies", hasSize(0)))
			.andExpect(jsonPath("$.createdAtText").doesNotExist())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Number first = JsonPath.read(json, "$.id");
		this.mvc
			.perform(post(commentsOf(framework, "PRE.2.1")).with(secretariat())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body("Yes, see the JAP arrangement.", first.longValue())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.replyTo").value(first.longValue()))
			.andExpect(jsonPath("$.author").value("secretariat"));
	}

	@Test
	void returnsTheThreadNestedWithEveryLevelOldestFirst() throws Exception {
		long framework = freshFramework(this.mvc);
		long first = comment(this.mvc, partner(), framework, "PRE.2", "First", null);
		long second = comment(this.mvc, board(), framework, "PRE.2", "Second", null);
		long reply = comment(this.mvc, secretariat(), framework, "PRE.2", "Reply to first", first);
		comment(this.mvc, beneficiary(), framework, "PRE.2", "Reply to second", second);
		comment(this.mvc, board(), framework, "PRE.2", "Another reply to first", first);
		comment(this.mvc, partner(), framework, "PRE.2", "Reply to the reply", reply);
		comment(this.mvc, partner(), framework, "PRE.3", "Elsewhere", null);
		this.mvc.perform(get(commentsOf(framework, "PRE.2")).with(beneficiary()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].text").value(contains("First", "Second")))
			.andExpect(jsonPath("$[0].replies[*].text").value(contains("Reply to first", "Another reply to first")))
			.andExpect(jsonPath("$[0].replies[0].replyTo").value(first))
			.andExpect(jsonPath("$[0].replies[0].replies[*].text").value(contains("Reply to the reply")))
			.andExpect(jsonPath("$[1].replies[*].text").value(contains("Reply to second")))
			.andExpect(jsonPath("$[1].replies[0].author").value("mk.focal"));
	}

	@Test
	void publishesCommentAddedForEveryCommentAndReply() throws Exception {
		long framework = freshFramework(this.mvc);
		long first = comment(this.mvc, board(), framework, "ANT.1", "Noted", null);
		long reply = comment(this.mvc, partner(), framework, "ANT.1", "Agreed", first);
		assertThat(this.events.stream(CommentAdded.class)).contains(
				new CommentAdded(first, "FRAMEWORK_ITEM", framework + "/ANT.1", "board"),
				new CommentAdded(reply, "FRAMEWORK_ITEM", framework + "/ANT.1", "at.focal"));
	}

	@Test
	void rejectsEmptyAndOverLongTextWith422AndStoresNothing() throws Exception {
		long framework = freshFramework(this.mvc);
		for (String text : new String[] { "", "   ", "x".repeat(4001) }) {
			this.mvc
				.perform(post(commentsOf(framework, "PRE.1")).with(board())
					.contentType(MediaType.APPLICATION_JSON)
					.content(body(text, null)))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[0].field").value("text"));
		}
		this.mvc
			.perform(post(commentsOf(framework, "PRE.1")).with(board())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"replyTo\":null}"))
			.andExpect(status().isUnprocessableContent());
		this.mvc.perform(get(commentsOf(framework, "PRE.1")).with(board())).andExpect(jsonPath("$", hasSize(0)));
		this.mvc
			.perform(post(commentsOf(framework, "PRE.1")).with(board())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body("x".repeat(4000), null)))
			.andExpect(status().isCreated());
	}

	@Test
	void rejectsAReplyToACommentOfAnotherTargetWith422() throws Exception {
		long framework = freshFramework(this.mvc);
		long elsewhere = comment(this.mvc, board(), framework, "PRE.2.1", "On PRE.2.1", null);
		long otherFramework = freshFramework(this.mvc);
		long sameCodeOtherVersion = comment(this.mvc, board(), otherFramework, "PRE.2.2", "Other version", null);
		for (long replyTo : new long[] { elsewhere, sameCodeOtherVersion, 999999 }) {
			this.mvc
				.perform(post(commentsOf(framework, "PRE.2.2")).with(partner())
					.contentType(MediaType.APPLICATION_JSON)
					.content(body("A reply in the wrong place", replyTo)))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[*].field").value(contains("replyTo")));
		}
		this.mvc.perform(get(commentsOf(framework, "PRE.2.2")).with(partner())).andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void answers404ForAnUnknownItemOrFramework() throws Exception {
		long framework = freshFramework(this.mvc);
		this.mvc.perform(get(commentsOf(framework, "NOPE.9")).with(secretariat())).andExpect(status().isNotFound());
		this.mvc
			.perform(post(commentsOf(framework, "NOPE.9")).with(secretariat())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body("Hello", null)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(commentsOf(999999, "PRE")).with(board()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").isString());
		this.mvc
			.perform(post(commentsOf(999999, "PRE")).with(board())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body("Hello", null)))
			.andExpect(status().isNotFound());
	}

	@Test
	void answers404ForTheThreadOfANeedThatDoesNotExist() throws Exception {
		this.mvc.perform(get("/api/v1/needs/999999/comments").with(secretariat())).andExpect(status().isNotFound());
		this.mvc
			.perform(post("/api/v1/needs/999999/comments").with(partner())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body("Hello", null)))
			.andExpect(status().isNotFound());
	}

	@Test
	void refusesObserversEveryReadAndWriteWith403BeforeLookingAtTheBody() throws Exception {
		long framework = freshFramework(this.mvc);
		long id = comment(this.mvc, partner(), framework, "RES.1", "Observers may not see this", null);
		this.mvc.perform(get(commentsOf(framework, "RES.1")).with(observer())).andExpect(status().isForbidden());
		for (String text : new String[] { "Hello", "" }) {
			this.mvc
				.perform(post(commentsOf(framework, "RES.1")).with(observer())
					.contentType(MediaType.APPLICATION_JSON)
					.content(body(text, null)))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(post("/api/v1/comments/" + id + "/resolution").with(observer()))
			.andExpect(status().isForbidden());
		this.mvc.perform(delete("/api/v1/comments/" + id + "/resolution").with(observer()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(commentsOf(framework, "RES.1")).contentType(MediaType.APPLICATION_JSON)
				.content(body("Hello", null)))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void letsTheAuthorAndTheSecretariatResolveAndReopenButNobodyElse() throws Exception {
		long framework = freshFramework(this.mvc);
		long id = comment(this.mvc, partner(), framework, "PRO.1", "Please add a measure on drones", null);
		this.mvc.perform(post("/api/v1/comments/" + id + "/resolution").with(partner()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.resolved").value(true))
			.andExpect(jsonPath("$.resolvedBy").value("at.focal"))
			.andExpect(jsonPath("$.resolvedAt").isString());
		this.mvc.perform(delete("/api/v1/comments/" + id + "/resolution").with(partner()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.resolved").value(false))
			.andExpect(jsonPath("$.resolvedBy").value(nullValue()));
		for (var other : List.of(board(), beneficiary())) {
			this.mvc.perform(post("/api/v1/comments/" + id + "/resolution").with(other))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(post("/api/v1/comments/" + id + "/resolution").with(secretariat()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.resolvedBy").value("secretariat"));
		this.mvc.perform(delete("/api/v1/comments/" + id + "/resolution").with(board()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(commentsOf(framework, "PRO.1")).with(board()))
			.andExpect(jsonPath("$[0].resolved").value(true));
		this.mvc.perform(delete("/api/v1/comments/" + id + "/resolution").with(secretariat()))
			.andExpect(jsonPath("$.resolved").value(false));
		this.mvc.perform(post("/api/v1/comments/999999/resolution").with(secretariat()))
			.andExpect(status().isNotFound());
	}

	@Test
	void auditsEveryCommentResolutionAndReopeningWithWhoDidIt() throws Exception {
		long framework = freshFramework(this.mvc);
		long id = comment(this.mvc, board(), framework, "ANT.2", "Audited comment", null);
		this.mvc.perform(post("/api/v1/comments/" + id + "/resolution").with(secretariat()));
		this.mvc.perform(delete("/api/v1/comments/" + id + "/resolution").with(board()));
		this.mvc.perform(post("/api/v1/comments/" + id + "/resolution").with(partner()));
		String json = this.mvc.perform(get("/api/v1/audit?recordType=Comment&size=500").with(secretariat()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> actions = JsonPath.read(json, "$.items[?(@.recordId == '" + id + "')].action");
		List<String> actors = JsonPath.read(json, "$.items[?(@.recordId == '" + id + "')].by");
		List<String> changes = JsonPath.read(json, "$.items[?(@.recordId == '" + id + "')].changes");
		assertThat(actions).containsExactly("REOPEN", "RESOLVE", "ADD");
		assertThat(actors).containsExactly("board", "secretariat", "board");
		assertThat(changes.get(2)).contains("FRAMEWORK_ITEM " + framework + "/ANT.2").contains("Audited comment");
		String denials = this.mvc
			.perform(get("/api/v1/audit?recordType=Security&user=at.focal&size=500").with(secretariat()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> details = JsonPath.read(denials, "$.items[*].changes");
		assertThat(details).anyMatch((detail) -> detail.contains("comment " + id));
	}

}
