package com.wbiisg.mapping.web.internal;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What every request's input passes before a handler reads it: no control characters in
 * parameters, address segments or the texts of a JSON body. The JSON check sits in the
 * converter of requests and answers only, in the place of Spring's JSON converter (after
 * the one for plain strings, which the OpenAPI description is written with), not in the
 * application's {@link JsonMapper}, which also reads back what the platform stored
 * itself. Ordered last, so that it replaces the converter Spring Boot configured.
 */
@Configuration(proxyBeanMethods = false)
@Order(Ordered.LOWEST_PRECEDENCE)
class InputConfiguration implements WebMvcConfigurer {

	private final JsonMapper json;

	InputConfiguration(JsonMapper json) {
		this.json = json;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new ControlCharacterGuard());
	}

	@Override
	public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
		SimpleModule texts = new SimpleModule("control-characters").addDeserializer(String.class,
				new ControlCharacterDeserializer());
		builder.withJsonConverter(new JacksonJsonHttpMessageConverter(this.json.rebuild().addModule(texts).build()));
	}

}
