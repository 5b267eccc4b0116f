package vn.sochibo.publicsite.web;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.sochibo.project.Projects;

/**
 * The public page of a project, without login: what is built, where, how far it is, its
 * timeline with photos, and its money — the plan by source against what was raised, and
 * what was spent — with a link to the fund's public ledger. Nothing private.
 */
@Controller
class PublicProjectController {

	private final Projects projects;

	PublicProjectController(Projects projects) {
		this.projects = projects;
	}

	@GetMapping("/public/projects/{id}")
	String show(@PathVariable Long id, Model model) {
		model.addAttribute("project", this.projects.publicGet(id));
		return "public/project";
	}

	@GetMapping("/public/projects/{id}/photos/{photoId}")
	ResponseEntity<byte[]> photo(@PathVariable Long id, @PathVariable Long photoId) {
		return this.projects.publicPhoto(id, photoId)
			.toResponse(CacheControl.maxAge(Duration.ofHours(1)).cachePublic());
	}

}
