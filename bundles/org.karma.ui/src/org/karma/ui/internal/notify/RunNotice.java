package org.karma.ui.internal.notify;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

import org.karma.core.history.Counts;
import org.karma.core.history.RunStatus;
import org.karma.core.jobs.PlanJob;
import org.karma.core.jobs.SyncJob;
import org.karma.core.settings.KarmaSettings.Notify;
import org.karma.core.sync.SyncException;
import org.karma.core.sync.SyncOperation;

/**
 * What the workbench tells the user when a sync ends, and whether it tells at all: the decision
 * and the text, without any widget (the popup is {@link ResultNotifier}).
 *
 * @param title the popup's title
 * @param text  profile, status and counts in one or two lines
 * @param runId the run to show in the history, if the sync got as far as recording one
 */
public record RunNotice(String title, String text, OptionalLong runId) {

	/** Set (to TRUE) on the sync jobs the workbench's scheduler starts. */
	public static final org.eclipse.core.runtime.QualifiedName SCHEDULED = new org.eclipse.core.runtime.QualifiedName(
			"org.karma.ui", "scheduled");

	/**
	 * The notice for a finished sync job, or empty when there is none to give: previews, runs the
	 * user cancelled, notifications off, or "failures" only and the run went fine. Runs the
	 * scheduler started (a real-time profile may run every few seconds) are announced only when
	 * they did not go fine, whatever the setting says.
	 */
	public static Optional<RunNotice> forJob(SyncJob job, Notify when) {
		if (job instanceof PlanJob) {
			return Optional.empty();
		}
		if (Boolean.TRUE.equals(job.getProperty(SCHEDULED)) && when == Notify.ALWAYS) {
			when = Notify.FAILURES;
		}
		String profile = job.profile().getName();
		Optional<SyncOperation.Outcome> outcome = job.outcome();
		if (outcome.isPresent()) {
			SyncOperation.Outcome o = outcome.get();
			Counts counts = o.result() == null ? Counts.NONE
					: new Counts(o.result().created(), o.result().updated(), o.result().deleted(), o.result().conflicts(),
							o.result().errors());
			long bytes = o.result() == null ? 0 : o.result().bytes();
			return finished(profile, o.runId(), o.status(), counts, bytes, when);
		}
		Optional<SyncException> failure = job.failure();
		if (failure.isPresent() && failure.get().kind() != SyncException.Kind.CANCELLED) {
			return failed(profile, failure.get().getMessage(), when);
		}
		return Optional.empty();
	}

	/** The notice for a run that ended with a history row. */
	public static Optional<RunNotice> finished(String profile, long runId, RunStatus status, Counts counts, long bytes,
			Notify when) {
		if (status == RunStatus.CANCELLED || status == RunStatus.RUNNING || when == Notify.NEVER
				|| (when == Notify.FAILURES && status == RunStatus.OK)) {
			return Optional.empty();
		}
		String title = switch (status) {
		case OK -> profile + " synced";
		case PARTIAL -> profile + ": some items failed";
		case CONFLICTS -> profile + ": conflicts to resolve";
		default -> profile + ": sync stopped";
		};
		String text = "Run " + runId + ": " + status.name().toLowerCase(Locale.ROOT) + "\n" + counts.created()
				+ " created, " + counts.updated() + " updated, " + counts.deleted() + " deleted, " + counts.conflicts()
				+ " conflicts, " + counts.errors() + " errors, " + bytes + " bytes";
		return Optional.of(new RunNotice(title, text, OptionalLong.of(runId)));
	}

	/** The notice for a sync that failed before it recorded a run (cannot connect, bad profile...). */
	public static Optional<RunNotice> failed(String profile, String message, Notify when) {
		if (when == Notify.NEVER) {
			return Optional.empty();
		}
		return Optional.of(new RunNotice(profile + ": sync failed", message, OptionalLong.empty()));
	}
}
