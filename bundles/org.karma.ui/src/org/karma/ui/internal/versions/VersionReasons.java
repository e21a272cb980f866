package org.karma.ui.internal.versions;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.karma.core.history.HistoryException;
import org.karma.core.history.HistoryQuery;
import org.karma.core.history.Item;
import org.karma.core.history.Run;
import org.karma.core.versions.VersionsOperation.Listed;
import org.karma.core.versions.VersionsOperation.Side;

/**
 * Why a version was kept, as far as the history tells: the version archive records only the
 * file and the time, so the reason is the action of the sync run that was under way at that time
 * on that path (overwritten, deleted, conflict); a version no recorded sync made (a restore, say)
 * has none.
 */
final class VersionReasons {

	/** The reason of a version no recorded sync made. */
	static final String NONE = "not by a sync";

	private VersionReasons() {
	}

	/** The reasons of {@code versions} from the last {@code limit} runs of {@code profile}. */
	static Map<Listed, String> of(List<Listed> versions, HistoryQuery history, String profile, int limit)
			throws HistoryException {
		List<Run> runs = history.runs(Optional.of(profile), limit).stream().filter(r -> !r.dryRun()).toList();
		Map<Long, List<Item>> items = new HashMap<>();
		Map<Listed, String> reasons = new HashMap<>();
		for (Listed listed : versions) {
			Instant at = listed.version().timestamp();
			String reason = NONE;
			for (Run run : runs) {
				if (at.isBefore(run.start()) || run.end().map(at::isAfter).orElse(false)) {
					continue;
				}
				List<Item> ofRun = items.get(run.id());
				if (ofRun == null) {
					ofRun = history.details(run.id()).map(HistoryQuery.RunDetails::items).orElse(List.of());
					items.put(run.id(), ofRun);
				}
				String path = listed.version().original().toString();
				Optional<Item> item = ofRun.stream().filter(i -> i.path().equals(path)).findFirst();
				if (item.isPresent()) {
					reason = label(item.get().action(), listed.side()) + " (run " + run.id() + ")";
					break;
				}
			}
			reasons.put(listed, reason);
		}
		return reasons;
	}

	private static String label(String action, Side side) {
		return switch (action) {
		case "COPY_LEFT_TO_RIGHT", "COPY_RIGHT_TO_LEFT" -> "overwritten";
		case "DELETE_LEFT", "DELETE_RIGHT" -> "deleted";
		case "KEEP_BOTH" -> "conflict, both kept";
		default -> action.toLowerCase(Locale.ROOT).replace('_', '-');
		};
	}
}
