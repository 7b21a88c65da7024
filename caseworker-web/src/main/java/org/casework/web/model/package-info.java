/**
 * What the three APIs answer, as records the pages are checked against at build time. A value an
 * API may leave out is an {@link java.util.Optional} and a list is never null, so a template cannot
 * print an absent date or amount by accident: it must say what to show instead.
 */
package org.casework.web.model;
