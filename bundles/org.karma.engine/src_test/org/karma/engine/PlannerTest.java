package org.karma.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.karma.connector.api.RelPath;
import org.karma.model.Profiles;
import org.karma.model.profile.Filter;
import org.karma.model.profile.SyncProfile;

class PlannerTest {

	@Test
	void profileFilterDecidesWhatTakesPart() {
		SyncProfile profile = Profiles.create("p", "/a", "/b");
		Filter filter = profile.getFilter();
		filter.getExcludes().addAll(List.of("*.tmp", "/build", "cache/"));
		filter.setExcludeHidden(true);
		filter.getFileBlacklist().add("Thumbs.db");
		filter.getDirectoryBlacklist().add("node_modules");
		Predicate<RelPath> included = PlanSettings.filter(filter);
		Object[][] table = { //
				{ "docs/a.txt", true }, //
				{ "docs/a.tmp", false }, // glob without slash: any depth
				{ "build", false }, { "build/out.o", false }, // anchored folder and everything below
				{ "src/build/keep.c", true }, // anchored: only at the root
				{ "x/cache/y", false }, // trailing slash: a folder at any depth
				{ ".git/config", false }, { "docs/.hidden", false }, // hidden
				{ "pics/Thumbs.db", false }, // file blacklist
				{ "web/node_modules/lib/index.js", false }, // folder blacklist
				{ "node_modules", false } };
		for (Object[] row : table) {
			assertEquals(row[1], included.test(RelPath.of((String) row[0])), (String) row[0]);
		}
		filter.getIncludes().add("**/*.md");
		Predicate<RelPath> only = PlanSettings.filter(filter);
		assertEquals(true, only.test(RelPath.of("docs/readme.md")));
		assertEquals(false, only.test(RelPath.of("docs/readme.txt")));
	}

	@Test
	void aSameSizeEditWithinTheTimeToleranceIsSeenWhenTheVersionTokenChanged() {
		RelPath a = RelPath.of("a.txt");
		Instant synced = Instant.parse("2026-11-21T10:00:00Z");
		FileState base = new FileState(org.karma.connector.api.EntryKind.FILE, 2, synced, null, "2:v1");
		BaseState state = new BaseState(Map.of(a, new BaseEntry(base, base)));
		Snapshot right = new Snapshot(Map.of(a, base), true);
		FileState edited = new FileState(org.karma.connector.api.EntryKind.FILE, 2, synced.plusMillis(700), null, "2:v2");
		Plan plan = Planner.plan(state, new Snapshot(Map.of(a, edited), true), right, PlanSettings.defaults());
		assertEquals(Action.COPY_LEFT_TO_RIGHT, plan.items().get(0).action(), "edited 0.7 s after the sync: a change");
		Plan mirror = Planner.plan(state, new Snapshot(Map.of(a, edited), true), right,
				PlanSettings.defaults().withDirection(org.karma.model.profile.Direction.MIRROR));
		assertEquals(Action.COPY_LEFT_TO_RIGHT, mirror.items().get(0).action(), "mirror too");
		FileState touched = new FileState(org.karma.connector.api.EntryKind.FILE, 2, synced.plusMillis(700), null, "");
		FileState untokened = new FileState(org.karma.connector.api.EntryKind.FILE, 2, synced, null, "");
		Plan coarse = Planner.plan(new BaseState(Map.of(a, new BaseEntry(untokened, untokened))),
				new Snapshot(Map.of(a, touched), true), new Snapshot(Map.of(a, untokened), true), PlanSettings.defaults());
		assertEquals(Action.NOTHING, coarse.items().get(0).action(), "without tokens the tolerance decides");
		Plan same = Planner.plan(state, new Snapshot(Map.of(a, base), true), right, PlanSettings.defaults());
		assertEquals(Action.NOTHING, same.items().get(0).action());
	}

	@Test
	void aPairSyncedToAnEndpointThatCannotKeepTimesStaysInSync() {
		// vsftpd has no MFMT: the uploaded copy keeps its upload time, an hour after the original's
		RelPath a = RelPath.of("a.txt");
		FileState original = new FileState(org.karma.connector.api.EntryKind.FILE, 5, Instant.parse("2026-01-01T10:00:00Z"), null, "");
		FileState uploaded = new FileState(org.karma.connector.api.EntryKind.FILE, 5, Instant.parse("2026-11-22T03:40:00Z"), null, "5:1");
		BaseState state = new BaseState(Map.of(a, new BaseEntry(original, uploaded)));
		Snapshot left = new Snapshot(Map.of(a, original), true);
		Snapshot right = new Snapshot(Map.of(a, uploaded), true);
		for (org.karma.model.profile.Direction direction : org.karma.model.profile.Direction.VALUES) {
			Plan plan = Planner.plan(state, left, right, PlanSettings.defaults().withDirection(direction));
			assertEquals(Action.NOTHING, plan.items().get(0).action(), direction + ": unchanged on both sides since the sync");
		}
		// without a base the two are compared as before: different times, so not taken as equal
		Plan fresh = Planner.plan(new BaseState(Map.of()), left, right,
				PlanSettings.defaults().withDirection(org.karma.model.profile.Direction.MIRROR));
		assertEquals(Action.COPY_LEFT_TO_RIGHT, fresh.items().get(0).action());
		// a real edit on the left is still copied
		FileState edited = new FileState(org.karma.connector.api.EntryKind.FILE, 6, Instant.parse("2026-11-22T04:00:00Z"), null, "");
		Plan mirror = Planner.plan(state, new Snapshot(Map.of(a, edited), true), right,
				PlanSettings.defaults().withDirection(org.karma.model.profile.Direction.MIRROR));
		assertEquals(Action.COPY_LEFT_TO_RIGHT, mirror.items().get(0).action());
	}

	@Test
	void linksDevicesDocumentsAndDuplicateNamesAreLeftAloneAndReported() {
		Instant t = Instant.parse("2026-11-22T10:00:00Z");
		FileState file = FileState.file(3, t);
		FileState link = new FileState(org.karma.connector.api.EntryKind.SYMLINK, 4, t, null, "l1");
		FileState document = new FileState(org.karma.connector.api.EntryKind.OTHER, 0, t, null, "F12:7");
		FileState twice = new FileState(org.karma.connector.api.EntryKind.OTHER, 0, null, null,
				org.karma.connector.api.Entry.DUPLICATE_NAME);
		Snapshot left = new Snapshot(Map.of(RelPath.of("link"), link, RelPath.of("plain.txt"), file), true);
		Snapshot right = new Snapshot(Map.of(RelPath.of("Notes"), document, RelPath.of("twice.txt"), twice), true);
		for (org.karma.model.profile.Direction direction : org.karma.model.profile.Direction.VALUES) {
			Plan plan = Planner.plan(BaseState.EMPTY, left, right, PlanSettings.defaults().withDirection(direction));
			Map<String, PlanItem> items = new java.util.HashMap<>();
			plan.items().forEach(i -> items.put(i.path().toString(), i));
			assertEquals(Action.COPY_LEFT_TO_RIGHT, items.get("plain.txt").action(), direction + ": files still sync");
			for (String special : List.of("link", "Notes", "twice.txt")) {
				assertEquals(Action.SKIP, items.get(special).action(), direction + ": never copied nor deleted: " + special);
			}
			assertEquals(ConflictKind.NAME_COLLISION, items.get("twice.txt").conflict(), direction + ": a conflict to resolve");
			assertEquals(ConflictKind.NONE, items.get("Notes").conflict(), direction.toString());
			assertEquals(ConflictKind.NONE, items.get("link").conflict(), direction.toString());
			org.junit.jupiter.api.Assertions.assertTrue(items.get("link").reason().startsWith("a symbolic link on the left side"),
					items.get("link").reason());
			org.junit.jupiter.api.Assertions.assertTrue(items.get("twice.txt").reason().contains("several items are named 'twice.txt'"),
					items.get("twice.txt").reason());
		}
		// a file on one side and a link at the same path on the other: neither overwrites the other
		Plan clash = Planner.plan(BaseState.EMPTY, new Snapshot(Map.of(RelPath.of("x"), file), true),
				new Snapshot(Map.of(RelPath.of("x"), link), true), PlanSettings.defaults());
		assertEquals(Action.SKIP, clash.items().get(0).action());
	}

	@Test
	void versionsFolderNeverTakesPart() {
		PlanSettings settings = PlanSettings.defaults();
		assertEquals(false, settings.takesPart(RelPath.of(".karma-versions/a.txt")));
		assertEquals(true, settings.takesPart(RelPath.of("sub/.karma-versions/a.txt")), "only the root one is ours");
	}

	@Test
	void planningIsPureAndTheResultImmutable() {
		Snapshot left = new Snapshot(Map.of(RelPath.of("a"), FileState.file(1, Instant.EPOCH)), true);
		Snapshot right = new Snapshot(Map.of(), true);
		Plan first = Planner.plan(BaseState.EMPTY, left, right, PlanSettings.defaults());
		Plan second = Planner.plan(BaseState.EMPTY, left, right, PlanSettings.defaults());
		assertEquals(first, second);
		assertEquals(Map.of(Action.COPY_LEFT_TO_RIGHT, 1), first.counts());
		assertThrows(UnsupportedOperationException.class, () -> first.items().clear());
		assertThrows(UnsupportedOperationException.class, () -> left.entries().clear());
	}
}
