package org.karma.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectionSpec;
import org.karma.connector.api.RelPath;
import org.karma.connector.api.WriteOptions;
import org.karma.connector.tck.memory.MemoryConnectorFactory;
import org.karma.core.KarmaHome;
import org.karma.core.connectors.ConnectorRegistry;
import org.karma.core.history.Counts;
import org.karma.core.history.HistoryQuery;
import org.karma.core.history.Run;
import org.karma.core.history.RunStatus;
import org.karma.core.jobs.KarmaJobs;
import org.karma.core.jobs.PlanJob;
import org.karma.core.jobs.SyncJob;
import org.karma.core.sync.PlanOverrides;
import org.karma.core.sync.SyncException;
import org.karma.core.sync.SyncOperation;
import org.karma.engine.Action;
import org.karma.engine.Plan;
import org.karma.engine.PlanItem;
import org.karma.model.Profiles;
import org.karma.model.profile.SyncProfile;

/** Plan and sync as jobs: family, per-sync rule, preview then apply exactly that plan, cancel. */
class SyncJobTest {

	@TempDir
	Path dir;

	final MemoryConnectorFactory memory = new MemoryConnectorFactory();
	final ConnectorRegistry registry = new ConnectorRegistry();
	KarmaHome home;
	SyncOperation operation;
	final CountDownLatch release = new CountDownLatch(1);

	@BeforeEach
	void setUp() {
		registry.addFactory(new FileAsMemory(memory));
		home = KarmaHome.at(dir.resolve("home"));
		operation = new SyncOperation(home, registry, Clock.systemUTC());
	}

	@AfterEach
	void tearDown() throws InterruptedException {
		release.countDown();
		Job.getJobManager().join(KarmaJobs.FAMILY, null);
	}

	SyncProfile profile(String name, String... files) throws Exception {
		String left = dir.resolve(name + "-left").toString();
		String right = dir.resolve(name + "-right").toString();
		try (Connection c = memory.connect(ConnectionSpec.of(left), null)) {
			for (String file : files) {
				c.write(RelPath.of(file), new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)),
						WriteOptions.DEFAULT.withCreateParents(true), null);
			}
		}
		SyncProfile profile = Profiles.create(name, left, right);
		profile.setParallelTransfers(1);
		return profile;
	}

	/** Makes every read of the left side of {@code profile} wait until the test releases it; counts down {@code reached}. */
	void blockReads(SyncProfile profile, CountDownLatch reached) {
		memory.store(profile.getLeft().getUri()).setFaults((operation, path) -> {
			if (operation.equals("read")) {
				reached.countDown();
				try {
					release.await(60, TimeUnit.SECONDS);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}
			return Optional.empty();
		});
	}

	static IStatus run(Job job) throws InterruptedException {
		job.schedule();
		job.join();
		return job.getResult();
	}

	@Test
	void rulesSerializeOneSyncAndLetOthersRunTogether() {
		assertTrue(KarmaJobs.ruleFor("profile-a").isConflicting(KarmaJobs.ruleFor("profile-a")));
		assertTrue(KarmaJobs.ruleFor("profile-a").contains(KarmaJobs.ruleFor("profile-a")));
		assertFalse(KarmaJobs.ruleFor("profile-a").isConflicting(KarmaJobs.ruleFor("profile-b")));
		assertFalse(KarmaJobs.ruleFor("profile-a").contains(KarmaJobs.ruleFor("profile-b")));
	}

	@Test
	void previewThenApplyExactlyThatPlanIsRecordedInHistory() throws Exception {
		SyncProfile profile = profile("docs", "a.txt", "sub/b.txt", "sub/c.txt");
		PlanJob plan = new PlanJob(operation, profile);
		assertTrue(plan.belongsTo(KarmaJobs.FAMILY));
		assertTrue(run(plan).isOK(), plan.getResult().toString());
		Plan shown = plan.plan().orElseThrow();
		assertEquals(4, SyncOperation.actionable(shown).size(), "three files and a folder");
		assertTrue(SyncOperation.actionable(shown).stream().allMatch(i -> i.action() == Action.COPY_LEFT_TO_RIGHT));
		assertEquals(0, memory.store(profile.getRight().getUri()).size(), "a preview changes nothing");

		SyncJob apply = SyncJob.approving(operation, profile, shown);
		assertTrue(run(apply).isOK(), apply.getResult().toString());
		assertEquals(RunStatus.OK, apply.runStatus().orElseThrow());
		assertEquals(4, memory.store(profile.getRight().getUri()).size());

		List<Run> runs = new HistoryQuery(home, Clock.systemUTC()).runs(Optional.of("docs"), 10);
		assertEquals(2, runs.size(), runs.toString());
		Run applied = runs.stream().filter(r -> !r.dryRun()).findFirst().orElseThrow();
		assertEquals(apply.outcome().orElseThrow().runId(), applied.id());
		assertEquals(new Counts(4, 0, 0, 0, 0), applied.counts());
		assertTrue(runs.stream().anyMatch(Run::dryRun), "the preview is a dry run in the history");
	}

	@Test
	void applyingAPlanTheEndpointsNoLongerMatchChangesNothing() throws Exception {
		SyncProfile profile = profile("docs", "a.txt");
		PlanJob plan = new PlanJob(operation, profile);
		assertTrue(run(plan).isOK());
		profile("docs", "late.txt"); // a file appears on the left after the preview

		SyncJob apply = SyncJob.approving(operation, profile, plan.plan().orElseThrow());
		IStatus status = run(apply);
		assertEquals(IStatus.ERROR, status.getSeverity());
		assertEquals(SyncException.Kind.SAFETY, apply.failure().orElseThrow().kind());
		assertTrue(status.getMessage().contains("changed since the preview"), status.getMessage());
		assertEquals(0, memory.store(profile.getRight().getUri()).size(), "nothing was copied");
	}

	static String read(MemoryConnectorFactory memory, String location, String path) throws Exception {
		try (Connection c = memory.connect(ConnectionSpec.of(location), null);
				java.io.InputStream in = c.read(RelPath.of(path), null)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Test
	void overriddenItemsAreAppliedAsTheUserChose() throws Exception {
		SyncProfile profile = profile("docs", "a.txt", "b.txt", "both.txt");
		try (Connection right = memory.connect(ConnectionSpec.of(profile.getRight().getUri()), null)) {
			right.write(RelPath.of("both.txt"), new ByteArrayInputStream("right version".getBytes(StandardCharsets.UTF_8)),
					WriteOptions.DEFAULT, null);
		}
		PlanJob preview = new PlanJob(operation, profile);
		assertTrue(run(preview).isOK());
		Plan shown = preview.plan().orElseThrow();
		PlanItem a = shown.items().stream().filter(i -> i.path().toString().equals("a.txt")).findFirst().orElseThrow();
		PlanItem both = shown.items().stream().filter(i -> i.path().toString().equals("both.txt")).findFirst()
				.orElseThrow();
		assertTrue(both.isConflict(), "no base, different content on both sides: " + both);
		assertFalse(PlanOverrides.allowed(a, Action.COPY_RIGHT_TO_LEFT), "nothing on the right to copy");
		assertFalse(PlanOverrides.allowed(a, Action.DELETE_LEFT), "deleting is not an override");
		assertTrue(PlanOverrides.allowed(both, Action.COPY_RIGHT_TO_LEFT));

		Plan chosen = PlanOverrides.apply(shown,
				java.util.Map.of(a.path(), Action.SKIP, both.path(), Action.COPY_RIGHT_TO_LEFT));
		SyncJob apply = SyncJob.approving(operation, profile, chosen);
		run(apply);
		assertEquals(RunStatus.OK, apply.runStatus().orElseThrow(), "a.txt skipped by the user is not a conflict");
		assertEquals("right version", read(memory, profile.getLeft().getUri(), "both.txt"), "right copied to the left");
		assertEquals("b.txt", read(memory, profile.getRight().getUri(), "b.txt"));
		assertEquals(2, memory.store(profile.getRight().getUri()).size(), "a.txt was skipped: b.txt and both.txt");
		Run run = new HistoryQuery(home, Clock.systemUTC()).runs(Optional.of("docs"), 1).get(0);
		assertEquals(new Counts(1, 1, 0, 0, 0), run.counts());
		org.karma.core.history.Item skipped = new HistoryQuery(home, Clock.systemUTC()).details(run.id()).orElseThrow().items().stream()
				.filter(i -> i.path().equals("a.txt")).findFirst().orElseThrow();
		assertEquals(org.karma.core.history.ItemResult.SKIPPED, skipped.result(), "the skip is in the run's items");
	}

	@Test
	void keepBothChosenForAFileKeepsTheRightOneUnderAConflictName() throws Exception {
		SyncProfile profile = profile("pair", "report.txt");
		profile.setConflictPolicy(org.karma.model.profile.ConflictPolicy.LEFT_WINS);
		try (Connection right = memory.connect(ConnectionSpec.of(profile.getRight().getUri()), null)) {
			right.write(RelPath.of("report.txt"), new ByteArrayInputStream("right version".getBytes(StandardCharsets.UTF_8)),
					WriteOptions.DEFAULT, null);
		}
		PlanJob preview = new PlanJob(operation, profile);
		assertTrue(run(preview).isOK());
		PlanItem report = preview.plan().orElseThrow().items().get(0);
		assertEquals(Action.COPY_LEFT_TO_RIGHT, report.action(), "the policy lets the left win: " + report);
		assertTrue(PlanOverrides.allowed(report, Action.KEEP_BOTH));

		SyncJob apply = SyncJob.approving(operation, profile,
				PlanOverrides.apply(preview.plan().orElseThrow(), java.util.Map.of(report.path(), Action.KEEP_BOTH)));
		run(apply);
		assertTrue(apply.getResult().isOK(), apply.getResult().toString());
		for (String side : List.of(profile.getLeft().getUri(), profile.getRight().getUri())) {
			assertEquals("report.txt", read(memory, side, "report.txt"), side);
			List<String> names = new java.util.ArrayList<>();
			try (Connection c = memory.connect(ConnectionSpec.of(side), null)) {
				c.list(RelPath.ROOT, e -> names.add(e.path().name()), null);
			}
			String conflictCopy = names.stream().filter(n -> n.startsWith("report.conflict-")).findFirst()
					.orElseThrow(() -> new AssertionError(side + ": " + names));
			assertEquals("right version", read(memory, side, conflictCopy), side);
		}
	}

	@Test
	void cancellingTheJobStopsTheSync() throws Exception {
		SyncProfile profile = profile("big", "1.txt", "2.txt", "3.txt", "4.txt", "5.txt");
		CountDownLatch reading = new CountDownLatch(1);
		blockReads(profile, reading);
		SyncJob job = new SyncJob(operation, profile);
		job.schedule();
		assertTrue(reading.await(60, TimeUnit.SECONDS), "the sync started copying");
		job.cancel();
		release.countDown();
		job.join();
		assertEquals(IStatus.CANCEL, job.getResult().getSeverity());
		assertEquals(RunStatus.CANCELLED, job.runStatus().orElseThrow());
		assertTrue(memory.store(profile.getRight().getUri()).size() < 5, "not every file was copied");
		Run run = new HistoryQuery(home, Clock.systemUTC()).runs(Optional.of("big"), 1).get(0);
		assertEquals(RunStatus.CANCELLED, run.status());
	}

	@Test
	void jobsOfOneProfileWaitForEachOtherWhileOtherProfilesRun() throws Exception {
		SyncProfile a = profile("a", "1.txt");
		SyncProfile b = profile("b", "1.txt");
		CountDownLatch reading = new CountDownLatch(1);
		blockReads(a, reading);
		SyncJob first = new SyncJob(operation, a);
		first.schedule();
		assertTrue(reading.await(60, TimeUnit.SECONDS), "the first sync of 'a' is copying");
		SyncJob second = new SyncJob(operation, a);
		second.schedule();
		assertTrue(run(new SyncJob(operation, b)).isOK(), "'b' runs while 'a' is busy");
		assertNull(second.getResult(), "the second sync of 'a' has not run");
		assertEquals(Job.WAITING, second.getState());
		release.countDown();
		Job.getJobManager().join(KarmaJobs.FAMILY, null);
		assertTrue(first.getResult().isOK(), first.getResult().toString());
		assertTrue(second.getResult().isOK(), second.getResult().toString());
		assertEquals(RunStatus.OK, second.runStatus().orElseThrow());
	}
}
