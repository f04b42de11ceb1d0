package com.wbiisg.mapping.framework.web.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import com.wbiisg.mapping.framework.DraftInput;
import com.wbiisg.mapping.framework.FrameworkEditor;
import com.wbiisg.mapping.framework.FrameworkStatus;
import com.wbiisg.mapping.framework.FrameworkSummary;
import com.wbiisg.mapping.framework.FrameworkTree;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.framework.Initiative;
import com.wbiisg.mapping.framework.ItemInput;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.RecordNotFoundException;
import com.wbiisg.mapping.shared.UserText;
import com.wbiisg.mapping.shared.Versions;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Initiatives and framework versions for scripts: read by every member, written by the
 * Secretariat under the same rules as the pages.
 */
@RestController
@RequestMapping("/api/v1")
class FrameworkApiController {

	private static final String SECRETARIAT = "hasRole('SECRETARIAT')";

	private final Frameworks frameworks;

	private final FrameworkEditor editor;

	FrameworkApiController(Frameworks frameworks, FrameworkEditor editor) {
		this.frameworks = frameworks;
		this.editor = editor;
	}

	@GetMapping("/initiatives")
	List<Initiative> initiatives() {
		return this.frameworks.initiatives();
	}

	@GetMapping("/frameworks")
	List<FrameworkSummary> versions(@RequestParam(required = false) @Nullable String initiative) {
		if (initiative != null && this.frameworks.initiative(initiative).isEmpty()) {
			throw new InvalidInputException("initiative", UserText.of("framework.initiative.unknown", initiative));
		}
		return this.frameworks.versions(initiative);
	}

	@PostMapping("/frameworks")
	@PreAuthorize(SECRETARIAT)
	ResponseEntity<FrameworkSummary> createDraft(@RequestBody NewDraft request) {
		FrameworkSummary draft = this.editor
			.createDraft(new DraftInput(request.initiative(), request.cycle(), request.copyOf()));
		return ResponseEntity.created(URI.create("/api/v1/frameworks/" + draft.id())).body(draft);
	}

	@GetMapping("/frameworks/{id}")
	FrameworkSummary version(@PathVariable long id) {
		return this.frameworks.version(id);
	}

	@GetMapping("/frameworks/{id}/tree")
	TreeJson tree(@PathVariable long id) {
		return TreeJson.of(this.frameworks.tree(id));
	}

	@PostMapping("/frameworks/{id}/items")
	@PreAuthorize(SECRETARIAT)
	ResponseEntity<FrameworkTree.Node> addItem(@PathVariable long id, @RequestBody NewItem request) {
		FrameworkTree.Node node = this.editor.addItem(id, request.parentCode(), request.code(),
				new ItemInput(request.title(), request.description(), request.reference()));
		return ResponseEntity.created(URI.create("/api/v1/frameworks/" + id + "/items/" + node.code())).body(node);
	}

	@GetMapping("/frameworks/{id}/items/{code}")
	FrameworkTree.Node item(@PathVariable long id, @PathVariable String code) {
		return this.frameworks.tree(id)
			.find(code)
			.orElseThrow(() -> new RecordNotFoundException(Frameworks.ITEM, code));
	}

	@PutMapping("/frameworks/{id}/items/{code}")
	@PreAuthorize(SECRETARIAT)
	FrameworkTree.Node editItem(@PathVariable long id, @PathVariable String code, @RequestBody ItemChange request,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		long version = Versions.expected(request.version(), ifMatch);
		FrameworkTree.Node node = this.editor.editItem(id, code, version,
				new ItemInput(request.title(), request.description(), request.reference()), request.position());
		return item(id, node.code());
	}

	@DeleteMapping("/frameworks/{id}/items/{code}")
	@PreAuthorize(SECRETARIAT)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void removeItem(@PathVariable long id, @PathVariable String code) {
		this.editor.removeItem(id, code);
	}

	@PostMapping("/frameworks/{id}/adoption")
	@PreAuthorize(SECRETARIAT)
	FrameworkSummary adopt(@PathVariable long id, @RequestBody Adoption request) {
		return this.editor.adopt(id, request.decidedOn(), request.decision());
	}

	record NewDraft(@Nullable String initiative, @Nullable String cycle, @Nullable Long copyOf) {
	}

	record NewItem(@Nullable String parentCode, @Nullable String code, @Nullable String title,
			@Nullable String description, @Nullable String reference) {
	}

	record ItemChange(@Nullable String title, @Nullable String description, @Nullable String reference,
			@Nullable Long version, @Nullable Integer position) {
	}

	record Adoption(LocalDate decidedOn, String decision) {
	}

	record TreeJson(long id, String initiative, String cycle, int version, FrameworkStatus status,
			@Nullable LocalDate adoptedOn, @Nullable String decision, List<FrameworkTree.Node> items) {

		static TreeJson of(FrameworkTree tree) {
			FrameworkSummary f = tree.framework();
			return new TreeJson(f.id(), f.initiative(), f.cycle(), f.version(), f.status(), f.adoptedOn(), f.decision(),
					tree.items());
		}

	}

}
