package com.wbiisg.mapping.consultation;

import com.wbiisg.mapping.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static com.wbiisg.mapping.consultation.ConsultationFixtures.board;
import static com.wbiisg.mapping.consultation.ConsultationFixtures.comment;
import static com.wbiisg.mapping.consultation.ConsultationFixtures.freshFramework;
import static com.wbiisg.mapping.consultation.ConsultationFixtures.observer;
import static com.wbiisg.mapping.consultation.ConsultationFixtures.partner;
import static com.wbiisg.mapping.consultation.ConsultationFixtures.secretariat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ConsultationPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void linksEveryTreeItemToItsPageWithTheThread() throws Exception {
		long framework = freshFramework(this.mvc);
		this.mvc.perform(get("/frameworks/" + framework).with(partner()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"/frameworks/" + framework + "/items/PRE.2.1\""),
					containsString("Comments on PRE.2.1"))));
		this.mvc.perform(get("/frameworks/" + framework + "/items/PRE.2.1").with(partner()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Training of teachers, police, social workers"),
					containsString("Priority action of the Serbia and Montenegro arrangements."),
					containsString("id=\"back-to-tree\""),
					containsString("href=\"/frameworks/" + framework + "#item-PRE.2\""),
					containsString("id=\"comments\""), containsString("id=\"new-comment\""),
					containsString("name=\"targetId\" value=\"" + framework + "/PRE.2.1\""),
					containsString("No comments yet."))));
	}

	@Test
	void postsACommentAndAReplyThroughThePlainFormsAndGoesBackToTheThread() throws Exception {
		long framework = freshFramework(this.mvc);
		String page = "/frameworks/" + framework + "/items/PRE.2.1";
		this.mvc
			.perform(post("/comments").with(board())
				.with(csrf())
				.param("targetType", "FRAMEWORK_ITEM")
				.param("targetId", framework + "/PRE.2.1")
				.param("text", "Name the prison, please."))
			.andExpect(redirectedUrl(page + "#comments"));
		long first = comment(this.mvc, partner(), framework, "PRE.2.1", "Second comment", null);
		this.mvc
			.perform(post("/comments").with(secretariat())
				.with(csrf())
				.param("targetType", "FRAMEWORK_ITEM")
				.param("targetId", framework + "/PRE.2.1")
				.param("replyTo", String.valueOf(first))
				.param("text", "Done in the next draft."))
			.andExpect(redirectedUrl(page + "#comments"));
		String html = this.mvc.perform(get(page).with(partner())).andReturn().getResponse().getContentAsString();
		assertThat(html)
			.containsSubsequence("Name the prison, please.", "Second comment", "comment-replies",
					"Done in the next draft.")
			.contains("id=\"comment-" + first + "\"");
	}

	@Test
	void showsCommentTextWithMarkupEscaped() throws Exception {
		long framework = freshFramework(this.mvc);
		String page = "/frameworks/" + framework + "/items/ANT.1";
		this.mvc
			.perform(post("/comments").with(partner())
				.with(csrf())
				.param("targetType", "FRAMEWORK_ITEM")
				.param("targetId", framework + "/ANT.1")
				.param("text", "<script>alert('x')</script><b>bold</b>"))
			.andExpect(redirectedUrl(page + "#comments"));
		this.mvc.perform(get(page).with(board()))
			.andExpect(content().string(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;b&gt;bold")))
			.andExpect(content().string(not(containsString("<script>alert"))))
			.andExpect(content().string(not(containsString("<b>bold"))));
	}

	@Test
	void showsTheProblemAndKeepsTheTextButStoresNothingWhenTheTextIsInvalid() throws Exception {
		long framework = freshFramework(this.mvc);
		String page = "/frameworks/" + framework + "/items/PRE.1";
		MvcResult empty = postComment(framework, "PRE.1", "  ").andExpect(redirectedUrl(page + "#comments"))
			.andExpect(flash().attributeExists("commentProblems"))
			.andReturn();
		this.mvc.perform(get(page).with(board()).flashAttrs(empty.getFlashMap()))
			.andExpect(content().string(allOf(containsString("id=\"comment-problems\""),
					containsString("This field is required."), containsString("No comments yet."))));
		String tooLong = "Kept for correction " + "x".repeat(4000);
		MvcResult overLong = postComment(framework, "PRE.1", tooLong).andExpect(redirectedUrl(page + "#comments"))
			.andReturn();
		this.mvc.perform(get(page).with(board()).flashAttrs(overLong.getFlashMap()))
			.andExpect(content().string(allOf(containsString("At most 4000 characters."), containsString(tooLong),
					containsString("No comments yet."))));
	}

	@Test
	void offersResolveOnlyToTheAuthorAndTheSecretariatAndLetsThemResolveAndReopen() throws Exception {
		long framework = freshFramework(this.mvc);
		String page = "/frameworks/" + framework + "/items/RES.2";
		long id = comment(this.mvc, partner(), framework, "RES.2", "Add victims' associations", null);
		String resolve = "/comments/" + id + "/resolve";
		this.mvc.perform(get(page).with(partner())).andExpect(content().string(containsString(resolve)));
		this.mvc.perform(get(page).with(secretariat())).andExpect(content().string(containsString(resolve)));
		this.mvc.perform(get(page).with(board())).andExpect(content().string(not(containsString(resolve))));
		this.mvc.perform(post(resolve).with(board()).with(csrf())).andExpect(status().isForbidden());
		this.mvc.perform(post(resolve).with(secretariat()).with(csrf())).andExpect(redirectedUrl(page + "#comments"));
		this.mvc.perform(get(page).with(partner()))
			.andExpect(content().string(allOf(containsString("comment-resolved-badge"),
					containsString("Resolved by secretariat"), containsString("/comments/" + id + "/reopen"))));
		this.mvc.perform(post("/comments/" + id + "/reopen").with(partner()).with(csrf()))
			.andExpect(redirectedUrl(page + "#comments"));
		this.mvc.perform(get(page).with(partner()))
			.andExpect(content().string(allOf(not(containsString("comment-resolved-badge")), containsString(resolve))));
	}

	@Test
	void answersAnHtmxPostWithTheRefreshedThreadOnly() throws Exception {
		long framework = freshFramework(this.mvc);
		this.mvc
			.perform(post("/comments").with(board())
				.with(csrf())
				.header("HX-Request", "true")
				.param("targetType", "FRAMEWORK_ITEM")
				.param("targetId", framework + "/PRO.2")
				.param("text", "Posted with htmx"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"comments\""), containsString("Posted with htmx"),
					not(containsString("<html")))));
		this.mvc
			.perform(post("/comments").with(board())
				.with(csrf())
				.header("HX-Request", "true")
				.param("targetType", "FRAMEWORK_ITEM")
				.param("targetId", framework + "/PRO.2")
				.param("text", ""))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("This field is required."), containsString("Posted with htmx"))));
	}

	@Test
	void refusesObserversTheFormsAndTheItemPage() throws Exception {
		long framework = freshFramework(this.mvc);
		long id = comment(this.mvc, partner(), framework, "PRE.3", "Members only", null);
		this.mvc
			.perform(post("/comments").with(observer())
				.with(csrf())
				.param("targetType", "FRAMEWORK_ITEM")
				.param("targetId", framework + "/PRE.3")
				.param("text", "Hello"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/comments/" + id + "/resolve").with(observer()).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/frameworks/" + framework + "/items/PRE.3").with(observer()))
			.andExpect(status().isForbidden());
	}

	/**
	 * Posts the new-comment form as a Board member.
	 */
	private ResultActions postComment(long framework, String code, String text) throws Exception {
		return this.mvc.perform(post("/comments").with(board())
			.with(csrf())
			.param("targetType", "FRAMEWORK_ITEM")
			.param("targetId", framework + "/" + code)
			.param("text", text));
	}

	@Test
	void answers404ForTheThreadOfAnUnknownItem() throws Exception {
		long framework = freshFramework(this.mvc);
		this.mvc.perform(get("/frameworks/" + framework + "/items/NOPE.1").with(board()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/comments").with(board())
				.with(csrf())
				.param("targetType", "FRAMEWORK_ITEM")
				.param("targetId", framework + "/NOPE.1")
				.param("text", "Hello"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/comments").with(board())
				.with(csrf())
				.param("targetType", "UNKNOWN")
				.param("targetId", "1")
				.param("text", "Hello"))
			.andExpect(status().isNotFound());
	}

}
