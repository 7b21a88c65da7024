package org.casework.notices.domain;

/** A part the law requires in a notice that this draft does not have yet. */
public record MissingPart(String part, String rule, String message) {
}
