package com.wbiisg.mapping.analysis;

import java.util.List;

/**
 * A need or project that may match what the user is looking at, with its relevance (BM25
 * with boosts, higher is better, comparable only within one list) and, for the one-click
 * link, the partners it concerns (a need's partner, a project's beneficiaries).
 */
public record Suggestion(long id, String title, double score, List<String> partners) {
}
