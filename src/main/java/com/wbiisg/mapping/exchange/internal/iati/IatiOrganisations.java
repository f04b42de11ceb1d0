package com.wbiisg.mapping.exchange.internal.iati;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.wbiisg.mapping.membership.IatiOrganisationType;
import com.wbiisg.mapping.membership.Organisation;
import com.wbiisg.mapping.membership.OrganisationRegistration;
import org.jspecify.annotations.Nullable;

/**
 * Finds the organisations an IATI file names in the membership registry, for the run of
 * one file: by IATI organisation identifier, then by name or short name (ignoring case).
 * Those it does not find are registered as non-members when the import is confirmed, each
 * once per file. A bare number such as {@code 22000} is an IATI organisation type or a
 * legacy DAC code that many publishers give different organisations, so only a prefixed
 * identifier ({@code GB-GOV-1}, {@code XM-DAC-41114}) is matched and recorded as the
 * organisation's identifier.
 */
final class IatiOrganisations {

	private final OrganisationRegistration registration;

	private final Map<String, Organisation> byRef = new HashMap<>();

	private final Map<String, Organisation> byName = new HashMap<>();

	private final Set<String> shortNames = new HashSet<>();

	IatiOrganisations(List<Organisation> registry, OrganisationRegistration registration) {
		this.registration = registration;
		registry.forEach(this::remember);
	}

	private void remember(Organisation organisation) {
		if (organisation.iatiIdentifier() != null) {
			this.byRef.put(key(organisation.iatiIdentifier()), organisation);
		}
		this.byName.putIfAbsent(key(organisation.name()), organisation);
		this.byName.putIfAbsent(key(organisation.shortName()), organisation);
		this.shortNames.add(key(organisation.shortName()));
	}

	/**
	 * The organisation of the registry the file means, if there is one.
	 */
	Optional<Organisation> find(IatiActivity.Org org) {
		if (identifier(org.ref()) != null && this.byRef.containsKey(key(org.ref()))) {
			return Optional.of(this.byRef.get(key(org.ref())));
		}
		if (org.name() != null && this.byName.containsKey(key(org.name()))) {
			return Optional.of(this.byName.get(key(org.name())));
		}
		return Optional.empty();
	}

	/**
	 * The organisation of the registry, registered as a non-member first when missing.
	 */
	Organisation findOrRegister(IatiActivity.Org org) {
		Optional<Organisation> known = find(org);
		if (known.isPresent()) {
			return known.get();
		}
		String name = IatiMapping.clip((org.name() != null) ? org.name() : String.valueOf(org.ref()), 200);
		IatiOrganisationType type = IatiOrganisationType.ofCode(String.valueOf(org.type()))
			.orElse(IatiOrganisationType.OTHER);
		String identifier = identifier(org.ref());
		if (identifier != null && (identifier.length() > 100 || this.byRef.containsKey(key(identifier)))) {
			identifier = null;
		}
		Organisation added = this.registration.registerNonMember(name, shortName(org, name), type, identifier);
		remember(added);
		return added;
	}

	/**
	 * A free short name: the identifier, else the initials of the name, else the name cut
	 * to 30 characters, numbered when taken.
	 */
	private String shortName(IatiActivity.Org org, String name) {
		String base = identifier(org.ref());
		if (base == null || base.length() > 30) {
			StringBuilder initials = new StringBuilder();
			for (String word : name.split("[\\s\\-/]+")) {
				if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
					initials.append(word.charAt(0));
				}
			}
			base = (initials.length() >= 2 && !name.equals(initials.toString())) ? initials.toString()
					: IatiMapping.clip(name, 30);
		}
		String candidate = base;
		for (int n = 2; this.shortNames.contains(key(candidate)); n++) {
			String suffix = " " + n;
			candidate = IatiMapping.clip(base, 30 - suffix.length()) + suffix;
		}
		return candidate;
	}

	/**
	 * The ref when it is a prefixed IATI organisation identifier, else {@code null}.
	 */
	static @Nullable String identifier(@Nullable String ref) {
		if (ref == null || ref.isBlank() || ref.indexOf('-') <= 0) {
			return null;
		}
		return ref.strip();
	}

	private static String key(String text) {
		return text.strip().toLowerCase(Locale.ROOT);
	}

}
