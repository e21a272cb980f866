package org.karma.core.profiles;

import java.util.List;

/** A profile store operation that could not be done; the message is one line for users. */
public final class ProfileStoreException extends Exception {
	private static final long serialVersionUID = 1L;

	/** Why the operation failed. */
	public enum Reason {
		/** No profile of that name. */
		NOT_FOUND,
		/** A profile of that name exists already. */
		ALREADY_EXISTS,
		/** The profile breaks validation rules ({@link #problems()} lists them). */
		INVALID,
		/** A file is not a readable profile. */
		UNREADABLE,
		/** Reading or writing failed (disk full, permissions). */
		IO
	}

	private final Reason reason;
	private final List<String> problems;

	public ProfileStoreException(Reason reason, String message) {
		this(reason, message, List.of(message), null);
	}

	public ProfileStoreException(Reason reason, String message, List<String> problems, Throwable cause) {
		super(message, cause);
		this.reason = reason;
		this.problems = List.copyOf(problems);
	}

	public Reason reason() {
		return reason;
	}

	/** Every problem, one line each (for INVALID: all validation messages). */
	public List<String> problems() {
		return problems;
	}
}
