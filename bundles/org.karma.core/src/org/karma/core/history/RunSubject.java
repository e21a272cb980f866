package org.karma.core.history;

import java.util.Objects;
import java.util.Optional;

/**
 * What a run synchronized: a saved profile, or an ad-hoc pair of endpoints described in words.
 *
 * @param profile the profile name; empty for an ad-hoc run
 * @param title the profile name, or the ad-hoc description (what lists show)
 */
public record RunSubject(Optional<String> profile, String title) {

	public RunSubject {
		Objects.requireNonNull(profile, "profile");
		Objects.requireNonNull(title, "title");
		if (title.isBlank()) {
			throw new IllegalArgumentException("a run needs a title");
		}
	}

	/** A run of a saved profile. */
	public static RunSubject profile(String name) {
		return new RunSubject(Optional.of(name), name);
	}

	/** An ad-hoc run of two endpoints, e.g. {@code "~/Photos <-> sftp://nas/photos"}. */
	public static RunSubject adHoc(String description) {
		return new RunSubject(Optional.empty(), description);
	}
}
