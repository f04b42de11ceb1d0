package com.wbiisg.mapping.meetings.internal.documents;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.wbiisg.mapping.framework.FrameworkSummary;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.meetings.RecordChoice;
import com.wbiisg.mapping.meetings.ReferenceKind;
import com.wbiisg.mapping.meetings.ReferenceSource;
import com.wbiisg.mapping.needs.CycleView;
import com.wbiisg.mapping.needs.Cycles;
import com.wbiisg.mapping.needs.Needs;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The agenda references to records of the modules the meetings module builds on
 * (framework versions, cycles, needs) and to its own methodology versions. Needs are
 * labelled only for readers who may see them, so a restricted need on an agenda shows its
 * title to no one else. Report drafts come from the reporting module once it offers a
 * {@link ReferenceSource} of its own. Lookups filter lists rather than catch "not found",
 * which would mark the caller's transaction for rollback.
 */
@Configuration(proxyBeanMethods = false)
class AgendaReferenceSources {

	@Bean
	ReferenceSource frameworkVersionReferences(Frameworks frameworks) {
		return new Source(ReferenceKind.FRAMEWORK_VERSION,
				(id) -> frameworks.versions(null)
					.stream()
					.filter((version) -> version.id() == id)
					.findFirst()
					.map(FrameworkSummary::label),
				(id) -> "/frameworks/" + id,
				() -> frameworks.versions(null)
					.stream()
					.map((FrameworkSummary version) -> new RecordChoice(version.id(),
							version.label() + " (" + version.status().name().toLowerCase() + ")"))
					.toList());
	}

	@Bean
	ReferenceSource cycleReferences(Cycles cycles) {
		return new Source(ReferenceKind.CYCLE,
				(id) -> cycles.list().stream().filter((cycle) -> cycle.id() == id).findFirst().map(CycleView::name),
				(id) -> "/needs?cycle=" + id,
				() -> cycles.list()
					.stream()
					.map((CycleView cycle) -> new RecordChoice(cycle.id(), cycle.name()))
					.toList());
	}

	@Bean
	ReferenceSource needReferences(Needs needs) {
		return new Source(ReferenceKind.NEED,
				(id) -> needs.findVisible(id)
					.map((need) -> need.measureCode() + " " + need.title() + " (" + need.partner() + ")"),
				(id) -> "/needs/" + id, List::of);
	}

	@Bean
	ReferenceSource methodologyReferences(KeyDocumentRepository documents, DocumentVersionRepository versions) {
		return new Source(ReferenceKind.METHODOLOGY,
				(id) -> versions.findById(id)
					.flatMap((version) -> documents.findById(version.getDocumentId())
						.map((document) -> KeyDocuments.label(document, version))),
				(id) -> versions.findById(id)
					.map((version) -> "/documents/" + version.getDocumentId() + "#version-" + id)
					.orElse("/documents"),
				() -> {
					Map<Long, KeyDocument> byId = documents.findAll()
						.stream()
						.collect(Collectors.toMap(KeyDocument::getId, (document) -> document));
					return versions.findAllByOrderByDocumentIdAscNumberDesc()
						.stream()
						.filter((version) -> byId.containsKey(version.getDocumentId()))
						.map((version) -> new RecordChoice(version.getId(),
								KeyDocuments.label(byId.get(version.getDocumentId()), version)))
						.toList();
				});
	}

	private record Source(ReferenceKind kind, LongFunction<Optional<String>> labels, LongFunction<String> paths,
			Supplier<List<RecordChoice>> list) implements ReferenceSource {

		@Override
		public Optional<String> label(long id) {
			return this.labels.apply(id);
		}

		@Override
		public String path(long id) {
			return this.paths.apply(id);
		}

		@Override
		public List<RecordChoice> choices() {
			return this.list.get();
		}

	}

}
