package com.wbiisg.mapping.exchange;

import java.nio.charset.StandardCharsets;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Downloads a streamed export through MockMvc, which runs the stream as an async
 * dispatch.
 */
public final class Exports {

	private Exports() {
	}

	public static MvcResult download(MockMvc mvc, String url, RequestPostProcessor as) throws Exception {
		MvcResult started = mvc.perform(get(url).with(as)).andExpect(request().asyncStarted()).andReturn();
		return mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn();
	}

	public static String text(MockMvc mvc, String url, RequestPostProcessor as) throws Exception {
		return download(mvc, url, as).getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
