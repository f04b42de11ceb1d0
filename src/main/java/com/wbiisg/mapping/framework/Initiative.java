package com.wbiisg.mapping.framework;

/**
 * One of the IISG initiatives (which IISG itself calls pillars): WBCTi, WBCSCi, WBBSi.
 */
public record Initiative(String code, String name, String description) {
}
