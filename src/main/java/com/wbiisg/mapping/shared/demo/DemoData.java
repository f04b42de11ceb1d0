package com.wbiisg.mapping.shared.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * What the demo loaders of the modules share, in the demo profile only: reading a data
 * file of {@code src/main/resources/demo/} into the loader's records, and entering
 * records as a demo account, signed in as a user would be.
 */
@Component
@Profile("demo")
public class DemoData {

	private final JsonMapper json;

	private final UserDetailsService accounts;

	DemoData(JsonMapper json, UserDetailsService accounts) {
		// A key the record does not know is a mistake in the file, not something to skip.
		this.json = json.rebuild().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		this.accounts = accounts;
	}

	/**
	 * The data file {@code demo/<name>} read into {@code type}: YAML turned into the
	 * record as Jackson reads JSON, so dates, instants, enums and amounts are written as
	 * their ISO or plain text.
	 */
	public <T> T read(String name, Class<T> type) {
		try (InputStream in = new ClassPathResource("demo/" + name).getInputStream()) {
			Object tree = yaml().load(in);
			return this.json.convertValue(tree, type);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the demo data file " + name, ex);
		}
	}

	/**
	 * Does {@code work} signed in as the demo account {@code username}, as the services
	 * that check who acts expect.
	 * @throws org.springframework.security.core.userdetails.UsernameNotFoundException
	 * when there is no such account
	 */
	public <T> T as(String username, Supplier<T> work) {
		UserDetails user = this.accounts.loadUserByUsername(username);
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	/**
	 * YAML without implicit timestamps and floats: a date stays text, which Jackson reads
	 * as a LocalDate or an Instant instead of a java.util.Date, and an amount such as
	 * 2631578.95 stays exact for a BigDecimal.
	 */
	private static Yaml yaml() {
		Resolver resolver = new Resolver() {

			@Override
			protected void addImplicitResolvers() {
				addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO");
				addImplicitResolver(Tag.INT, INT, "-+0123456789");
				addImplicitResolver(Tag.NULL, NULL, "~nN\0");
				addImplicitResolver(Tag.NULL, EMPTY, null);
			}

		};
		LoaderOptions options = new LoaderOptions();
		DumperOptions dumper = new DumperOptions();
		return new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options, resolver);
	}

}
