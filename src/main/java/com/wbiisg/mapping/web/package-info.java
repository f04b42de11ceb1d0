/**
 * The shared web layer: layout, navigation, error pages and problem details, i18n, the
 * field problems shown on page forms, and the denied reads it answers. No business logic;
 * the exception types every module throws live in the shared module
 * ({@code com.wbiisg.mapping.shared}).
 */
@NullMarked
package com.wbiisg.mapping.web;

import org.jspecify.annotations.NullMarked;
