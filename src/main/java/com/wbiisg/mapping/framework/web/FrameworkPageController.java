package com.wbiisg.mapping.framework.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.wbiisg.mapping.consultation.CommentThreads;
import com.wbiisg.mapping.framework.DraftInput;
import com.wbiisg.mapping.framework.FrameworkEditor;
import com.wbiisg.mapping.framework.FrameworkItemCommentTarget;
import com.wbiisg.mapping.framework.FrameworkSummary;
import com.wbiisg.mapping.framework.FrameworkTree;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.framework.ItemInput;
import com.wbiisg.mapping.shared.ConflictException;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.RecordNotFoundException;
import com.wbiisg.mapping.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The framework pages: the list of versions, the collapsible tree with its filter, and
 * for the Secretariat the editor of draft versions and the record of adoption.
 */
@Controller
class FrameworkPageController {

	private static final String SECRETARIAT = "hasRole('SECRETARIAT')";

	static final String LIST = "framework/list";

	static final String TREE = "framework/tree";

	static final String ITEM = "framework/item";

	static final String ITEM_FORM = "framework/item-form";

	static final String ITEM_FORM_FRAGMENT = "framework/item-form :: form";

	private final Frameworks frameworks;

	private final FrameworkEditor editor;

	private final CommentThreads comments;

	FrameworkPageController(Frameworks frameworks, FrameworkEditor editor, CommentThreads comments) {
		this.frameworks = frameworks;
		this.editor = editor;
		this.comments = comments;
	}

	@GetMapping("/frameworks")
	String list(Model model) {
		model.addAttribute("initiatives", this.frameworks.initiatives());
		model.addAttribute("versions", this.frameworks.versions(null));
		if (!model.containsAttribute("draft")) {
			model.addAttribute("draft", new DraftForm(null, null, null));
		}
		return LIST;
	}

	@PostMapping("/frameworks")
	@PreAuthorize(SECRETARIAT)
	String createDraft(@ModelAttribute("draft") DraftForm form, BindingResult result, Model model) {
		try {
			FrameworkSummary draft = this.editor
				.createDraft(new DraftInput(form.initiative(), form.cycle(), form.copyOf()));
			return "redirect:/frameworks/" + draft.id();
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			return list(model);
		}
	}

	@GetMapping("/frameworks/{id}")
	String tree(@PathVariable long id, Model model) {
		FrameworkTree tree = this.frameworks.tree(id);
		model.addAttribute("tree", tree);
		model.addAttribute("framework", tree.framework());
		model.addAttribute("initiative", this.frameworks.initiative(tree.framework().initiative()).orElse(null));
		if (!model.containsAttribute("adoption")) {
			model.addAttribute("adoption", new AdoptionForm(null, null));
		}
		return TREE;
	}

	@GetMapping("/frameworks/{id}/items/new")
	@PreAuthorize(SECRETARIAT)
	String newItem(@PathVariable long id, @RequestParam(required = false) @Nullable String parent,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		FrameworkSummary framework = this.frameworks.version(id);
		model.addAttribute("framework", framework);
		model.addAttribute("item", new ItemForm(parent, null, null, null, null, null));
		model.addAttribute("editing", null);
		return (htmx != null) ? ITEM_FORM_FRAGMENT : ITEM_FORM;
	}

	@PostMapping("/frameworks/{id}/items")
	@PreAuthorize(SECRETARIAT)
	String addItem(@PathVariable long id, @ModelAttribute("item") ItemForm form, BindingResult result, Model model,
			HttpServletResponse response) {
		try {
			FrameworkTree.Node node = this.editor.addItem(id, form.parentCode(), form.code(), form.texts());
			return "redirect:/frameworks/" + id + "#item-" + node.code();
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			response.setStatus(422);
			model.addAttribute("framework", this.frameworks.version(id));
			model.addAttribute("editing", null);
			return ITEM_FORM;
		}
	}

	/**
	 * One item on a page of its own, with the members' comments on it.
	 */
	@GetMapping("/frameworks/{id}/items/{code}")
	String item(@PathVariable long id, @PathVariable String code, Model model) {
		FrameworkTree tree = this.frameworks.tree(id);
		FrameworkTree.Node node = tree.find(code).orElseThrow(() -> new RecordNotFoundException(Frameworks.ITEM, code));
		List<FrameworkTree.Node> ancestors = new ArrayList<>();
		for (int dot = code.indexOf('.'); dot > 0; dot = code.indexOf('.', dot + 1)) {
			tree.find(code.substring(0, dot)).ifPresent(ancestors::add);
		}
		String targetId = FrameworkItemCommentTarget.targetId(id, code);
		model.addAttribute("framework", tree.framework());
		model.addAttribute("node", node);
		model.addAttribute("ancestors", ancestors);
		model.addAttribute("commentTargetType", FrameworkItemCommentTarget.TYPE);
		model.addAttribute("commentTargetId", targetId);
		model.addAttribute("comments", this.comments.thread(FrameworkItemCommentTarget.TYPE, targetId));
		return ITEM;
	}

	@GetMapping("/frameworks/{id}/items/{code}/edit")
	@PreAuthorize(SECRETARIAT)
	String editItem(@PathVariable long id, @PathVariable String code,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		FrameworkTree tree = this.frameworks.tree(id);
		FrameworkTree.Node node = tree.find(code).orElseThrow(() -> new RecordNotFoundException(Frameworks.ITEM, code));
		model.addAttribute("framework", tree.framework());
		model.addAttribute("item", ItemForm.of(node));
		model.addAttribute("editing", code);
		return (htmx != null) ? ITEM_FORM_FRAGMENT : ITEM_FORM;
	}

	@PostMapping("/frameworks/{id}/items/{code}")
	@PreAuthorize(SECRETARIAT)
	String saveItem(@PathVariable long id, @PathVariable String code, @ModelAttribute("item") ItemForm form,
			BindingResult result, Model model, HttpServletResponse response) {
		model.addAttribute("framework", this.frameworks.version(id));
		model.addAttribute("editing", code);
		try {
			this.editor.editItem(id, code, form.version() == null ? -1 : form.version(), form.texts(), null);
			return "redirect:/frameworks/" + id + "#item-" + code;
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			response.setStatus(422);
			return ITEM_FORM;
		}
		catch (ConflictException ex) {
			FrameworkTree tree = this.frameworks.tree(id);
			if (tree.framework().status().isFrozen()) {
				throw ex;
			}
			FrameworkTree.Node current = tree.find(code)
				.orElseThrow(() -> new RecordNotFoundException(Frameworks.ITEM, code));
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("stale", true);
			model.addAttribute("mine", form);
			model.addAttribute("item", ItemForm.of(current));
			return ITEM_FORM;
		}
	}

	@PostMapping("/frameworks/{id}/items/{code}/move")
	@PreAuthorize(SECRETARIAT)
	String moveItem(@PathVariable long id, @PathVariable String code,
			@RequestParam(defaultValue = "up") String direction) {
		this.editor.shiftItem(id, code, "up".equalsIgnoreCase(direction));
		return "redirect:/frameworks/" + id + "#item-" + code;
	}

	@PostMapping("/frameworks/{id}/items/{code}/delete")
	@PreAuthorize(SECRETARIAT)
	String removeItem(@PathVariable long id, @PathVariable String code, RedirectAttributes redirect) {
		this.editor.removeItem(id, code);
		redirect.addFlashAttribute("flashKey", "framework.item.removed");
		return "redirect:/frameworks/" + id;
	}

	@PostMapping("/frameworks/{id}/adoption")
	@PreAuthorize(SECRETARIAT)
	String adopt(@PathVariable long id, @ModelAttribute("adoption") AdoptionForm form, BindingResult result,
			Model model, HttpServletResponse response) {
		try {
			this.editor.adopt(id, form.decidedOn(), form.decision());
			return "redirect:/frameworks/" + id;
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			response.setStatus(422);
			return tree(id, model);
		}
	}

	record DraftForm(@Nullable String initiative, @Nullable String cycle, @Nullable Long copyOf) {
	}

	record ItemForm(@Nullable String parentCode, @Nullable String code, @Nullable String title,
			@Nullable String description, @Nullable String reference, @Nullable Long version) {

		static ItemForm of(FrameworkTree.Node node) {
			return new ItemForm(null, node.code(), node.title(), node.description(), node.reference(), node.version());
		}

		ItemInput texts() {
			return new ItemInput(this.title, this.description, this.reference);
		}

	}

	record AdoptionForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate decidedOn,
			@Nullable String decision) {
	}

}
