package org.karma.ui.internal.versions;

import java.util.List;
import java.util.Optional;

import org.eclipse.compare.CompareUI;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.ui.IWorkbenchPage;
import org.karma.connector.api.RelPath;
import org.karma.core.versions.VersionsOperation;
import org.karma.core.versions.VersionsOperation.Listed;
import org.karma.core.versions.VersionsOperation.Place;
import org.karma.core.versions.VersionsOperation.Side;
import org.karma.engine.PlanItem;
import org.karma.model.profile.SyncProfile;

/**
 * "Open in Compare" for an item of the Synchronize Preview: the left and the right file, read
 * through the endpoints' connectors, and their common base when KARMA still has it. The base state
 * keeps only metadata (size, modification time, a hash with checksum comparison), so a base
 * exists only as a kept version matching it ({@link VersionsOperation#baseCopy}); then the compare
 * is three-way, otherwise two-way and its title says that no common base is kept. A base is never
 * made up.
 */
public final class ConflictCompare {

	/** Said in the title of a two-way compare of a conflict. */
	public static final String NO_BASE = "no common base kept";

	private ConflictCompare() {
	}

	/**
	 * Reads the contents in a job of the KARMA family, then opens the compare editor on
	 * {@code page}. The job's {@link VersionsJob#result()} is the editor's input.
	 *
	 * @param failed gets a one-line message on the display thread when the contents cannot be read
	 */
	public static VersionsJob<KarmaCompareInput> open(IWorkbenchPage page, SyncProfile profile, PlanItem item,
			java.util.function.Consumer<String> failed) {
		RelPath path = item.path();
		VersionsJob<KarmaCompareInput> job = new VersionsJob<>("Comparing " + path, profile, monitor -> {
			SubMonitor sub = SubMonitor.convert(monitor, 4);
			VersionsOperation operation = Versions.operation();
			List<Place> places = Place.of(profile);
			Optional<byte[]> left = operation.read(places.get(0), path, Versions.MAX_COMPARE_BYTES, sub.newChild(1));
			Optional<byte[]> right = operation.read(places.get(1), path, Versions.MAX_COMPARE_BYTES, sub.newChild(1));
			Optional<Listed> base = operation.baseCopy(places, path, item.base(), sub.newChild(1));
			Optional<byte[]> baseBytes = Optional.empty();
			if (base.isPresent()) {
				Place where = places.get(base.get().side() == Side.LEFT ? 0 : 1);
				baseBytes = operation.read(where, base.get().version().path(), Versions.MAX_COMPARE_BYTES, sub.newChild(1));
			}
			String what = item.isConflict() ? "Conflict" : "Change";
			String leftLabel = left.isPresent() ? "Left: " + profile.getLeft().getUri() + "/" + path
					: "Left: no file (" + item.leftChange().name().toLowerCase(java.util.Locale.ROOT) + ")";
			String rightLabel = right.isPresent() ? "Right: " + profile.getRight().getUri() + "/" + path
					: "Right: no file (" + item.rightChange().name().toLowerCase(java.util.Locale.ROOT) + ")";
			ContentElement leftElement = new ContentElement(path.name(), left.orElse(new byte[0]));
			ContentElement rightElement = new ContentElement(path.name(), right.orElse(new byte[0]));
			if (baseBytes.isPresent()) {
				Listed kept = base.get();
				String baseLabel = "Base: as last synced (kept " + VersionsView.TIME.format(kept.version().timestamp())
						+ " on the " + kept.side().label() + ": " + kept.version().path() + ")";
				return new KarmaCompareInput(what + ": " + path + " (base / left / right)", item.reason(),
						new ContentElement(path.name(), baseBytes.get()), baseLabel, leftElement, leftLabel, rightElement,
						rightLabel);
			}
			return new KarmaCompareInput(what + ": " + path + " (left / right, " + NO_BASE + ")",
					item.reason() + "; " + NO_BASE + ": the sync state records only size, time and hash of the last"
							+ " synced file, and no kept version matches it",
					null, null, leftElement, leftLabel, rightElement, rightLabel);
		}, input -> CompareUI.openCompareEditorOnPage(input, page), failed);
		job.schedule();
		return job;
	}

	/** Whether "Open in Compare" applies: a file on at least one side. */
	public static boolean applies(PlanItem item) {
		return (item.left() != null && item.left().isFile()) || (item.right() != null && item.right().isFile());
	}

}
