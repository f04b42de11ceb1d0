/**
 * Files in and out of the platform: offline XLSX templates for needs and projects and
 * their uploads, IATI activity files imported as projects and exported from them, and CSV
 * exports with HXL hashtags; long imports run as background jobs with a preview to
 * confirm, and exports can run as background jobs whose file is downloaded when done. No
 * file is trusted.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "framework", "membership", "identity", "needs", "responses", "analysis" })
package com.wbiisg.mapping.exchange;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
