package com.wbiisg.mapping.meetings.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.wbiisg.mapping.meetings.DocumentDetails;
import com.wbiisg.mapping.meetings.DocumentDownload;
import com.wbiisg.mapping.meetings.DocumentKind;
import com.wbiisg.mapping.meetings.DocumentLibrary;
import com.wbiisg.mapping.shared.Inputs;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Methodologies and key documents: members read the list and download versions; the
 * Secretariat adds documents and uploads their versions.
 */
@Controller
@PreAuthorize(MeetingPageSupport.MEMBERS)
class DocumentPageController {

	static final String LIST = "meetings/documents";

	static final String PAGE = "meetings/document";

	private final DocumentLibrary documents;

	DocumentPageController(DocumentLibrary documents) {
		this.documents = documents;
	}

	@GetMapping("/documents")
	String list(Model model) {
		return listPage(model);
	}

	@PostMapping("/documents")
	@PreAuthorize(MeetingPageSupport.SECRETARIAT)
	String create(@ModelAttribute("documentForm") DocumentForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			DocumentDetails created = this.documents.create(Inputs.enumValue("kind", form.kind(), DocumentKind.class),
					form.title(), form.description());
			redirect.addFlashAttribute("flashKey", "meetings.flash.documentCreated");
			return "redirect:/documents/" + created.id();
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			response.setStatus(422);
			return listPage(model);
		}
	}

	@GetMapping("/documents/{id}")
	String page(@PathVariable long id, Model model) {
		return documentPage(id, model);
	}

	@PostMapping("/documents/{id}/versions")
	@PreAuthorize(MeetingPageSupport.SECRETARIAT)
	String upload(@PathVariable long id, @ModelAttribute("uploadForm") UploadForm form, BindingResult result,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			byte[] bytes = (file == null) ? new byte[0] : file.getBytes();
			this.documents.upload(id, form.note(), (file == null) ? null : file.getOriginalFilename(),
					(file == null) ? null : file.getContentType(), bytes);
			redirect.addFlashAttribute("flashKey", "meetings.flash.versionUploaded");
			return "redirect:/documents/" + id;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			response.setStatus(422);
			return documentPage(id, model);
		}
	}

	@GetMapping("/documents/versions/{versionId}/file")
	ResponseEntity<byte[]> download(@PathVariable long versionId) {
		DocumentDownload file = this.documents.download(versionId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(file.bytes());
	}

	private String listPage(Model model) {
		model.addAttribute("documents", this.documents.list());
		model.addAttribute("documentKinds", DocumentKind.values());
		model.addAttribute("manages", MeetingPageSupport.isSecretariat());
		if (!model.containsAttribute("documentForm")) {
			model.addAttribute("documentForm", new DocumentForm(null, null, null));
		}
		return LIST;
	}

	private String documentPage(long id, Model model) {
		model.addAttribute("document", this.documents.get(id));
		model.addAttribute("manages", MeetingPageSupport.isSecretariat());
		if (!model.containsAttribute("uploadForm")) {
			model.addAttribute("uploadForm", new UploadForm(null));
		}
		return PAGE;
	}

	/**
	 * A new document as the form sends it.
	 */
	record DocumentForm(@Nullable String kind, @Nullable String title, @Nullable String description) {
	}

	/**
	 * The note of an upload; the file comes as a part of its own.
	 */
	record UploadForm(@Nullable String note) {
	}

}
