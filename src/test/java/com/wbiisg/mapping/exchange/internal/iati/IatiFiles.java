package com.wbiisg.mapping.exchange.internal.iati;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

import com.wbiisg.mapping.exchange.internal.ImportFile;
import com.wbiisg.mapping.identity.CurrentUser;
import com.wbiisg.mapping.needs.NeedFixtures;
import com.wbiisg.mapping.needs.NeedFixtures.Who;
import org.junit.jupiter.api.Assumptions;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * IATI files for the tests, and running an importer as one of the users of
 * {@link NeedFixtures}, as the job runner does: on a thread whose security context holds
 * the uploader. The samples of {@code ../shared/data/iati/activities} are read in place.
 */
final class IatiFiles {

	static final Path SAMPLES = Path.of("..", "shared", "data", "iati", "activities");

	static final Path SCHEMA = Path.of("..", "shared", "data", "iati", "schema-2.03", "iati-activities-schema.xsd");

	private final UserDetailsService users;

	private final NeedFixtures needs;

	IatiFiles(UserDetailsService users, NeedFixtures needs) {
		this.users = users;
		this.needs = needs;
	}

	static Path sample(String name) {
		Assumptions.assumeTrue(Files.isDirectory(SAMPLES),
				"The IATI samples are not at " + SAMPLES.toAbsolutePath() + "; skipped.");
		return SAMPLES.resolve(name);
	}

	static Path fixture(String name) {
		try {
			return Path.of(IatiFiles.class.getResource("/exchange/iati/" + name).toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	ImportFile file(Path path, Who who, Map<String, String> parameters) {
		return new ImportFile(path, path.getFileName().toString(), user(who), parameters);
	}

	CurrentUser user(Who who) {
		UserDetails details = this.users.loadUserByUsername(this.needs.username(who));
		return ((CurrentUser.CurrentUserHolder) details).currentUser();
	}

	<T> T as(Who who, Supplier<T> work) {
		return this.needs.signedIn(who, work);
	}

}
