package com.wbiisg.mapping.exchange.internal.iati;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The IATI reader on the real sample files, read in place: versions 2.01 and 2.03, texts
 * in several languages, empty narratives, identifiers with spaces, countries named only
 * on transactions.
 */
class IatiReaderTests {

	@Test
	void readsEverySampleActivityByActivity() throws IOException {
		assertThat(read("afdb-46002-algeria-multilang-v2.01.xml")).hasSize(1);
		assertThat(read("dfid-albania-governance-v2.01.xml")).hasSize(8);
		assertThat(read("finland-mfa-fi3-v2.03.xml")).hasSize(6);
		assertThat(read("iati-standard-example-annotated-v2.03.xml")).hasSize(1);
		assertThat(read("sida-se0-laos-v2.03.xml")).hasSize(1);
	}

	@Test
	void keepsEveryLanguageAndPrefersEnglish() throws IOException {
		IatiActivity afdb = read("afdb-46002-algeria-multilang-v2.01.xml").get(0);
		assertThat(afdb.titles()).containsOnlyKeys("en", "fr");
		assertThat(IatiTexts.preferred(afdb.titles())).startsWith("Algeria - Emergency Humanitarian Assistance");
		assertThat(afdb.descriptions()).containsOnlyKeys("1", "2", "3");
		assertThat(afdb.descriptions().get("3")).containsOnlyKeys("en", "fr");
		assertThat(afdb.defaultCurrency()).isEqualTo("XDR");
		assertThat(afdb.participants()).extracting((p) -> p.org().ref(), (p) -> p.org().name(), (p) -> p.role())
			.containsExactly(tuple("XM-DAC-SRF", "Special Relief Funds", "1"),
					tuple(null, "Ministry of the Interior", "4"));

		IatiActivity annotated = read("iati-standard-example-annotated-v2.03.xml").get(0);
		assertThat(annotated.titles()).containsExactly(Map.entry("en", "Activity title"),
				Map.entry("fr", "Titre de l'activité"), Map.entry("es", "Título de la actividad"));
	}

	@Test
	void readsOrganisationsDatesMoneyPlacesAndSectors() throws IOException {
		IatiActivity dfid = read("dfid-albania-governance-v2.01.xml").get(3);
		assertThat(dfid.identifier()).isEqualTo("GB-1-109635-101");
		assertThat(dfid.reportingOrg())
			.isEqualTo(new IatiActivity.Org("GB-GOV-1", "10", "Department for International Development"));
		assertThat(dfid.participants()).extracting(IatiActivity.Participant::role).containsExactly("1", "3", "4");
		assertThat(dfid.status()).isEqualTo("4");
		assertThat(dfid.dates()).containsOnlyKeys("1", "2", "3", "4");
		assertThat(dfid.budgets()).hasSize(5).extracting(IatiActivity.Budget::type).contains("1", "2");
		assertThat(dfid.transactions()).hasSize(13);
		assertThat(dfid.countries()).extracting(IatiActivity.Country::code).containsExactly("AL");
		assertThat(dfid.sectors()).extracting(IatiActivity.Sector::code).containsExactly("15150", "16010");
		assertThat(dfid.problems()).isEmpty();
	}

	@Test
	void keepsRealDataAsPublished() throws IOException {
		IatiActivity sida = read("sida-se0-laos-v2.03.xml").get(0);
		assertThat(sida.participants().get(2).org()).isEqualTo(new IatiActivity.Org("XM-DAC-12000", "10", null));
		assertThat(sida.countries()).isEmpty();
		assertThat(sida.transactions().get(0).countries()).containsExactly("LA");
		assertThat(sida.transactions().get(0).value().amount()).isEqualByComparingTo("-22496000");

		List<IatiActivity> finland = read("finland-mfa-fi3-v2.03.xml");
		assertThat(finland.get(0).identifier()).isEqualTo("FI-3-2020- 2020000056");
		assertThat(finland.get(2).regions()).extracting(IatiActivity.Region::code).containsExactly("998");
	}

	private static List<IatiActivity> read(String name) throws IOException {
		Path path = IatiFiles.sample(name);
		List<IatiActivity> activities = new ArrayList<>();
		try (InputStream in = Files.newInputStream(path); IatiReader reader = new IatiReader(in)) {
			for (IatiActivity activity = reader.next(); activity != null; activity = reader.next()) {
				activities.add(activity);
			}
		}
		return activities;
	}

}
