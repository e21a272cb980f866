package org.karma.core.history;

import java.time.Instant;
import java.util.Optional;

/**
 * One run as recorded.
 *
 * @param id the run id (increasing)
 * @param subject the profile or ad-hoc pair
 * @param left the left endpoint (URI or path as the user gave it)
 * @param right the right endpoint
 * @param mode the sync mode (e.g. {@code TWO_WAY}, {@code MIRROR})
 * @param dryRun whether only the plan was printed
 * @param start when the run started
 * @param end when it ended; empty while running or when the process died
 * @param status how it ended
 * @param counts its totals (zero until finished)
 * @param bytes bytes transferred
 * @param note a short remark such as "interrupted"; empty when none
 * @param owner the process that ran it
 */
public record Run(long id, RunSubject subject, String left, String right, String mode, boolean dryRun,
		Instant start, Optional<Instant> end, RunStatus status, Counts counts, long bytes, Optional<String> note,
		OwnerProcess owner) {
}
