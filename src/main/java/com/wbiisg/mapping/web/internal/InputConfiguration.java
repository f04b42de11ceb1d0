package com.wbiisg.mapping.web.internal;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What every request's input passes before a handler reads it: no control characters in
 * parameters, address segments or the texts of a JSON body. The JSON check sits in the
 * converter of requests and answers only, not in the application's {@link JsonMapper},
 * which also reads back what the platform stored itself.
 */
@Configuration(proxyBeanMethods = false)
class InputConfiguration implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new ControlCharacterGuard());
	}

	@Bean
	JacksonJsonHttpMessageConverter jsonHttpMessageConverter(JsonMapper json) {
		SimpleModule texts = new SimpleModule("control-characters").addDeserializer(String.class,
				new ControlCharacterDeserializer());
		return new JacksonJsonHttpMessageConverter(json.rebuild().addModule(texts).build());
	}

}
