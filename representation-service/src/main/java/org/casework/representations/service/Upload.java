package org.casework.representations.service;

import java.nio.file.Path;

/** A file as it arrived: already on disk (never whole in memory), with the name the sender gave it. */
public record Upload(Path path, String submittedName, long size) {
}
