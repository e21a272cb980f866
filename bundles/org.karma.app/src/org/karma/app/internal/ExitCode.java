package org.karma.app.internal;

/**
 * Exit codes of the {@code karma} command, one per kind of outcome, so scripts can tell them
 * apart. Documented in docs/cli.md; the numbers never change meaning.
 */
public enum ExitCode {
	/** Everything asked for was done. */
	OK(0),
	/** The command ran but some items failed. */
	ITEMS_FAILED(1),
	/** Bad input: an unknown option, a malformed argument, an invalid profile or URI. */
	BAD_INPUT(2),
	/** Unresolved conflicts remain. */
	CONFLICTS(3),
	/** A safety check stopped the run before it touched anything. */
	SAFETY_ABORT(4),
	/** An endpoint could not be reached or refused the credentials. */
	CANNOT_CONNECT(5),
	/** A signature or manifest did not verify. */
	VERIFICATION_FAILED(6),
	/** The command exists in the plan but not in this build. */
	NOT_AVAILABLE(69),
	/** Unexpected internal error (a bug): reported with a hint to the log, never a bare trace. */
	INTERNAL_ERROR(70),
	/** Cancelled by the user (Ctrl-C). */
	CANCELLED(130);

	private final int code;

	ExitCode(int code) {
		this.code = code;
	}

	public int code() {
		return code;
	}
}
