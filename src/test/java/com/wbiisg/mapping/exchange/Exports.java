package com.wbiisg.mapping.exchange;

import java.nio.charset.StandardCharsets;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Downloads an export through MockMvc; the export is written on the request's thread.
 */
public final class Exports {

	private Exports() {
	}

	public static MvcResult download(MockMvc mvc, String url, RequestPostProcessor as) throws Exception {
		return mvc.perform(get(url).with(as)).andExpect(status().isOk()).andReturn();
	}

	public static String text(MockMvc mvc, String url, RequestPostProcessor as) throws Exception {
		return download(mvc, url, as).getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
