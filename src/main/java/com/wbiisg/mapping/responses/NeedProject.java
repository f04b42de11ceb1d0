package com.wbiisg.mapping.responses;

/**
 * A project that addresses a need, with its link to it.
 */
public record NeedProject(ProjectView project, ProjectLinkView link) {
}
