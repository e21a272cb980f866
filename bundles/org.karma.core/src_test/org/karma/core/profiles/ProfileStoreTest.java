package org.karma.core.profiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.karma.engine.json.Json;
import org.karma.core.connectors.KnownConnectors;
import org.karma.model.Profiles;
import org.karma.model.profile.Direction;
import org.karma.model.profile.IntervalUnit;
import org.karma.model.profile.Schedule;
import org.karma.model.profile.ProfileFactory;
import org.karma.model.profile.ScheduleKind;
import org.karma.model.profile.SyncProfile;

class ProfileStoreTest {

	@TempDir
	Path home;

	private ProfileStore store() {
		return new ProfileStore(home.resolve("profiles"), new KnownConnectors());
	}

	@Test
	void createLoadSaveRemove() throws Exception {
		ProfileStore store = store();
		SyncProfile profile = Profiles.create("docs", "/home/ann/docs", "/mnt/backup/docs");
		Path file = store.create(profile);
		assertEquals(home.resolve("profiles/docs.karma"), file);
		assertTrue(EcoreUtil.equals(profile, store.load("docs")));

		profile.setDirection(Direction.MIRROR);
		store.save(profile);
		assertEquals(Direction.MIRROR, store.load("docs").getDirection());

		ProfileStoreException exists = assertThrows(ProfileStoreException.class, () -> store.create(profile));
		assertEquals(ProfileStoreException.Reason.ALREADY_EXISTS, exists.reason());
		assertEquals("a profile named 'docs' exists already (see 'karma profile show docs')", exists.getMessage());

		store.remove("docs");
		ProfileStoreException gone = assertThrows(ProfileStoreException.class, () -> store.load("docs"));
		assertEquals(ProfileStoreException.Reason.NOT_FOUND, gone.reason());
		assertEquals("no profile named 'docs' (see 'karma profile list')", gone.getMessage());
		assertEquals(ProfileStoreException.Reason.NOT_FOUND,
				assertThrows(ProfileStoreException.class, () -> store.remove("docs")).reason());
	}

	@Test
	void savesLeaveNoTemporaryFiles() throws Exception {
		ProfileStore store = store();
		for (int i = 0; i < 5; i++) {
			store.save(Profiles.create("p" + i, "/a" + i, "/b" + i));
		}
		try (Stream<Path> files = Files.list(store.directory())) {
			assertEquals(List.of("p0.karma", "p1.karma", "p2.karma", "p3.karma", "p4.karma"),
					files.map(f -> f.getFileName().toString()).sorted().toList());
		}
	}

	@Test
	void invalidProfilesAreNeverWritten() {
		ProfileStore store = store();
		SyncProfile bad = Profiles.create("bad", "/same", "/same");
		bad.setParallelTransfers(0);
		ProfileStoreException e = assertThrows(ProfileStoreException.class, () -> store.save(bad));
		assertEquals(ProfileStoreException.Reason.INVALID, e.reason());
		assertEquals(2, e.problems().size(), e.problems().toString());
		assertFalse(Files.exists(store.directory().resolve("bad.karma")));
	}

	@Test
	void oneCorruptFileNeverHidesTheOthers() throws Exception {
		ProfileStore store = store();
		store.save(Profiles.create("alpha", "/a", "/b"));
		store.save(Profiles.create("omega", "/c", "/d"));
		Files.writeString(store.directory().resolve("broken.karma"), "<karma:SyncProfile", StandardCharsets.UTF_8);
		Files.write(store.directory().resolve("other.karma"), Files.readAllBytes(store.fileOf("alpha")));
		Files.writeString(store.directory().resolve(".alpha.karma.tmp-1234"), "half written", StandardCharsets.UTF_8);
		Files.writeString(store.directory().resolve("notes.txt"), "not a profile", StandardCharsets.UTF_8);

		ProfileStore.Contents contents = store.loadAll();
		assertEquals(List.of("alpha", "omega"), contents.profiles().stream().map(e -> e.profile().getName()).toList());
		assertEquals(2, contents.problems().size(), contents.problems().toString());
		ProfileStore.Problem broken = contents.problems().get(0);
		assertEquals("broken.karma", broken.file().getFileName().toString());
		assertTrue(broken.message().startsWith("broken.karma: not a readable profile file: "), broken.message());
		assertEquals("other.karma: holds profile 'alpha'; the file must be named alpha.karma",
				contents.problems().get(1).message());
	}

	@Test
	void missingFolderIsAnEmptyStore() throws Exception {
		ProfileStore.Contents contents = store().loadAll();
		assertTrue(contents.profiles().isEmpty());
		assertTrue(contents.problems().isEmpty());
	}

	@Test
	void exportAndImport() throws Exception {
		ProfileStore store = store();
		SyncProfile profile = Profiles.create("docs", "/a", "/b");
		profile.getFilter().getExcludes().add("*.tmp");
		store.save(profile);
		Path exported = home.resolve("share/docs.karma");
		store.exportTo("docs", exported);
		assertTrue(EcoreUtil.equals(profile, store.readFile(exported)));

		ProfileStoreException exists = assertThrows(ProfileStoreException.class, () -> store.importFrom(exported, false));
		assertEquals("a profile named 'docs' exists already; use --replace to overwrite it", exists.getMessage());
		store.remove("docs");
		SyncProfile imported = store.importFrom(exported, false);
		assertEquals(List.of("*.tmp"), imported.getFilter().getExcludes());
		assertTrue(EcoreUtil.equals(profile, store.load("docs")));
	}

	@Test
	void importMigratesTheDraftFormatAndRefusesInvalidFiles() throws Exception {
		ProfileStore store = store();
		Path draft = Path.of("../org.karma.model/testdata/draft-1.0.karma");
		SyncProfile imported = store.importFrom(draft, false);
		assertEquals("photos", imported.getName());
		assertTrue(Files.readString(store.fileOf("photos")).contains("direction=\"MIRROR\""));

		Path invalid = home.resolve("invalid.karma");
		SyncProfile bad = Profiles.create("invalid", "/x", "/x/y");
		Files.write(invalid, org.karma.model.ProfileResources.write(bad));
		ProfileStoreException e = assertThrows(ProfileStoreException.class, () -> store.importFrom(invalid, false));
		assertEquals(ProfileStoreException.Reason.INVALID, e.reason());
		assertEquals("profile 'invalid': right: '/x/y' and left '/x' lie one inside the other; a sync would copy into its own source",
				e.getMessage());
	}

	@Test
	void scheduleText() {
		Schedule s = ProfileFactory.eINSTANCE.createSchedule();
		ScheduleText.apply("every 30m", s);
		assertEquals(ScheduleKind.INTERVAL, s.getKind());
		assertEquals(30, s.getInterval());
		assertEquals(IntervalUnit.MINUTES, s.getIntervalUnit());
		assertEquals("every 30m", ScheduleText.format(s));
		ScheduleText.apply("every 2 hours", s);
		assertEquals("every 2h", ScheduleText.format(s));
		ScheduleText.apply("cron 30 2 * * 1-5", s);
		assertEquals(ScheduleKind.CRON, s.getKind());
		assertEquals("30 2 * * 1-5", s.getCronExpression());
		assertEquals("cron 30 2 * * 1-5", ScheduleText.format(s));
		ScheduleText.apply("@daily", s);
		assertEquals("@daily", ScheduleText.format(s));
		ScheduleText.apply("realtime", s);
		assertEquals(ScheduleKind.REAL_TIME, s.getKind());
		ScheduleText.apply("manual", s);
		assertEquals("manual", ScheduleText.format(s));
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ScheduleText.apply("hourly", s));
		assertEquals("unknown schedule 'hourly'; use manual, realtime, 'every 30m', 'every 2h', 'cron 30 2 * * *' or @daily",
				e.getMessage());
	}

	@Test
	void profileJsonHasEveryFieldAndEscapes() {
		SyncProfile p = Profiles.create("docs", "/a \"quoted\"", "/b");
		Map<String, Object> map = ProfileJson.toMap(p);
		assertEquals("TWO_WAY", map.get("direction"));
		@SuppressWarnings("unchecked")
		Map<String, Object> filter = (Map<String, Object>) map.get("filter");
		assertTrue(filter.containsKey("maxSizeBytes"));
		assertEquals(null, filter.get("maxSizeBytes"));
		@SuppressWarnings("unchecked")
		Map<String, Object> comparison = (Map<String, Object>) map.get("comparison");
		assertEquals("SHA-256", comparison.get("checksumAlgorithm"));
		String json = Json.write(map);
		assertTrue(json.contains("\"uri\":\"/a \\\"quoted\\\"\""), json);
		assertEquals("{\"a\":[1,true,null,\"x\\ny\"]}", Json.write(Map.of("a", java.util.Arrays.asList(1, true, null, "x\ny"))));
	}
}
