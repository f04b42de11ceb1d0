package com.wbiisg.mapping.web.internal;

import com.wbiisg.mapping.web.internal.RequestSizeLimit.Limit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/**
 * The limit of request bodies runs before every other filter, sign-in included: a body
 * too large is refused before anything reads it.
 */
@Configuration(proxyBeanMethods = false)
class RequestSizeConfiguration {

	@Bean
	FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(RequestSizeProperties properties,
			@Value("${server.tomcat.max-http-form-post-size:2MB}") DataSize form,
			@Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize multipart) {
		FilterRegistrationBean<RequestSizeLimit> registration = new FilterRegistrationBean<>(
				new RequestSizeLimit(new Limit("iisg.api.max-json-body", properties.maxJsonBody().toBytes()),
						new Limit("server.tomcat.max-http-form-post-size", form.toBytes()),
						new Limit("spring.servlet.multipart.max-request-size", multipart.toBytes())));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

}
