package com.wbiisg.mapping.exchange.web;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.wbiisg.mapping.exchange.ErrorWorkbookDownload;
import com.wbiisg.mapping.exchange.FileTooLargeException;
import com.wbiisg.mapping.exchange.ImportManagement;
import com.wbiisg.mapping.exchange.ImportPreview;
import com.wbiisg.mapping.exchange.JobView;
import com.wbiisg.mapping.exchange.UnknownImportKindException;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.identity.CurrentUser;
import com.wbiisg.mapping.identity.Role;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.needs.CycleStatus;
import com.wbiisg.mapping.needs.Cycles;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Import page (download a template, upload a file, the user's latest imports) and the
 * page of one import: its progress while it is read or imported (polled by htmx), its
 * preview with the errors and the confirmation, and its outcome.
 */
@Controller
class ImportPageController {

	static final String IMPORTS = "exchange/imports";

	static final String JOB = "exchange/job";

	static final int SHOWN_ITEMS = 500;

	static final int SHOWN_ERRORS = 1000;

	private final ImportManagement jobs;

	private final Cycles cycles;

	private final Membership membership;

	private final Frameworks frameworks;

	ImportPageController(ImportManagement jobs, Cycles cycles, Membership membership, Frameworks frameworks) {
		this.frameworks = frameworks;
		this.jobs = jobs;
		this.cycles = cycles;
		this.membership = membership;
	}

	@GetMapping("/imports")
	String imports(@RequestParam(name = "cycle", required = false) @Nullable Long cycle, Model model) {
		ImportManagement.ensureMayImport();
		CurrentUser user = CurrentUser.get().orElseThrow();
		boolean needs = user.is(Role.SECRETARIAT) || user.is(Role.BENEFICIARY_FOCAL_POINT);
		boolean projects = user.is(Role.SECRETARIAT) || user.is(Role.PARTNER_FOCAL_POINT);
		model.addAttribute("kinds",
				this.jobs.kinds()
					.stream()
					.filter((kind) -> kind.startsWith("needs") ? needs : projects)
					.sorted()
					.toList());
		model.addAttribute("needsTemplate", needs);
		model.addAttribute("projectsTemplate", projects);
		model.addAttribute("openCycles",
				this.cycles.list().stream().filter((c) -> c.status() == CycleStatus.OPEN).toList());
		model.addAttribute("selectedCycle", cycle);
		model.addAttribute("choosePartner", user.is(Role.SECRETARIAT));
		model.addAttribute("partners", this.membership.partners());
		model.addAttribute("initiatives", this.frameworks.initiatives());
		model.addAttribute("jobs", this.jobs.mine(20, this.jobs.kinds()));
		return IMPORTS;
	}

	@PostMapping("/imports")
	String upload(@RequestParam(name = "kind", required = false) @Nullable String kind,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			@RequestParam Map<String, String> parameters, RedirectAttributes redirect) throws IOException {
		ImportManagement.ensureMayImport();
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("uploadError", "exchange.upload.noFile");
			return "redirect:/imports";
		}
		try {
			JobView job = this.jobs.submit(kind, file, new HashMap<>(parameters));
			return "redirect:/imports/" + job.id();
		}
		catch (UnknownImportKindException ex) {
			redirect.addFlashAttribute("uploadError", "exchange.upload.unknownKind");
		}
		catch (FileTooLargeException ex) {
			redirect.addFlashAttribute("uploadError", "exchange.upload.tooLarge");
		}
		return "redirect:/imports";
	}

	@GetMapping("/imports/{id}")
	String job(@PathVariable long id, Model model) {
		ImportManagement.ImportDetails details = this.jobs.details(id);
		JobView job = details.job();
		ImportPreview preview = details.preview();
		model.addAttribute("job", job);
		model.addAttribute("preview", preview);
		model.addAttribute("result", details.result());
		if (preview != null) {
			model.addAttribute("items", preview.items().stream().limit(SHOWN_ITEMS).toList());
			model.addAttribute("errors", preview.errors().stream().limit(SHOWN_ERRORS).toList());
			boolean templates = job.kind().endsWith("-xlsx");
			model.addAttribute("confirmable",
					(preview.create() + preview.update() > 0) && (!templates || preview.errors().isEmpty()));
			model.addAttribute("errorWorkbook", templates && !preview.errors().isEmpty());
		}
		else {
			model.addAttribute("items", List.of());
			model.addAttribute("errors", List.of());
			model.addAttribute("confirmable", false);
			model.addAttribute("errorWorkbook", false);
		}
		return JOB;
	}

	@PostMapping("/imports/{id}/confirm")
	String confirm(@PathVariable long id) {
		this.jobs.confirm(id);
		return "redirect:/imports/" + id;
	}

	@GetMapping("/imports/{id}/errors.xlsx")
	void errors(@PathVariable long id, HttpServletResponse response) throws IOException {
		ErrorWorkbookDownload download = this.jobs.errorWorkbook(id);
		response.setContentType(TemplatePageController.XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(download.fileName()).build().toString());
		this.jobs.writeErrorWorkbook(download, response.getOutputStream());
	}

}
