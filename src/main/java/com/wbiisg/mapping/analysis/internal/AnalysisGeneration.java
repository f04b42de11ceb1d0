package com.wbiisg.mapping.analysis.internal;

import com.wbiisg.mapping.shared.ChangeCount;

import org.springframework.stereotype.Component;

/**
 * Moves on whenever the read model changes: what cached results of the analysis compare
 * against to know they are still current.
 */
@Component
public class AnalysisGeneration extends ChangeCount {

}
