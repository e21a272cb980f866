package org.karma.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
import org.karma.core.credentials.CredentialsException;
import org.karma.core.credentials.SecretSource;
import org.karma.core.history.HistoryStore;
import org.karma.core.history.IntegrityCheck;
import org.karma.core.integrity.CheckOperation;
import org.karma.core.integrity.IntegrityException;
import org.karma.core.integrity.SigningKeyStore;
import org.karma.core.jobs.CheckJob;
import org.karma.core.jobs.CreateManifestJob;
import org.karma.core.jobs.KarmaJobs;
import org.karma.core.jobs.VerifyManifestJob;
import org.karma.engine.integrity.ChecksumAlgorithm;

/** Making and verifying manifests as jobs: families, results, a tampered manifest, cancelling. */
class CheckJobTest {

	@TempDir
	Path dir;

	final MemoryConnectorFactory memory = new MemoryConnectorFactory();
	final ConnectorRegistry registry = new ConnectorRegistry();
	final CountDownLatch release = new CountDownLatch(1);
	KarmaHome home;
	CheckOperation operation;
	String tree;
	Path manifest;

	@BeforeEach
	void setUp() throws Exception {
		registry.addFactory(new FileAsMemory(memory));
		home = KarmaHome.at(dir.resolve("home"));
		SigningKeyStore keys = SigningKeyStore.of(home, () -> {
			throw new CredentialsException(CredentialsException.Kind.STORAGE, "no store in this test", null);
		});
		keys.generate(Optional.empty(), false, false);
		operation = new CheckOperation(home, registry, Clock.systemUTC(), SecretSource.NONE, keys, dir);
		tree = dir.resolve("tree").toString();
		manifest = dir.resolve("docs.json");
		try (Connection c = memory.connect(ConnectionSpec.of(tree), null)) {
			for (String file : List.of("a.txt", "sub/b.txt", "sub/c.txt")) {
				c.write(RelPath.of(file), new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)),
						WriteOptions.DEFAULT.withCreateParents(true), null);
			}
		}
	}

	@AfterEach
	void tearDown() throws InterruptedException {
		release.countDown();
		Job.getJobManager().join(KarmaJobs.FAMILY, null);
	}

	static IStatus run(Job job) throws InterruptedException {
		job.schedule();
		job.join();
		return job.getResult();
	}

	CreateManifestJob createJob() {
		return new CreateManifestJob(operation, new CheckOperation.CreateRequest("docs", List.of(tree),
				Set.of(ChecksumAlgorithm.SHA256), 2, manifest, CheckOperation.Signing.REQUIRED, Optional.empty(),
				Optional.empty()));
	}

	VerifyManifestJob verifyJob() {
		return new VerifyManifestJob(operation,
				new CheckOperation.VerifyRequest(manifest, Optional.empty(), false, List.of(), 1, Optional.empty()));
	}

	List<IntegrityCheck> checks() throws Exception {
		try (HistoryStore history = HistoryStore.open(HistoryStore.defaultFile(home), Clock.systemUTC())) {
			return history.checks(Optional.empty(), 100);
		}
	}

	@Test
	void createThenVerifyAreJobsOfBothFamiliesAndFindingsAreAResult() throws Exception {
		CreateManifestJob create = createJob();
		assertTrue(create.belongsTo(CheckJob.FAMILY));
		assertTrue(create.belongsTo(KarmaJobs.FAMILY));
		assertTrue(run(create).isOK(), create.getResult().toString());
		CheckOperation.Created created = create.result().orElseThrow();
		assertEquals(3, created.manifest().totalFiles());
		assertTrue(Files.isRegularFile(manifest));
		assertTrue(created.signatureFile().isPresent());

		VerifyManifestJob clean = verifyJob();
		assertTrue(clean.belongsTo(CheckJob.FAMILY));
		assertTrue(run(clean).isOK(), clean.getResult().toString());
		assertEquals(IntegrityCheck.Status.OK, clean.result().orElseThrow().record().status());
		assertEquals(3, clean.result().orElseThrow().report().count(org.karma.engine.integrity.ManifestVerifier.Status.OK));

		try (Connection c = memory.connect(ConnectionSpec.of(tree), null)) {
			c.delete(RelPath.of("sub/b.txt"), false, org.karma.connector.api.Precondition.NONE, null);
		}
		VerifyManifestJob found = verifyJob();
		assertTrue(run(found).isOK(), "findings are a result, not a failed job: " + found.getResult());
		CheckOperation.Verified verified = found.result().orElseThrow();
		assertEquals(IntegrityCheck.Status.FINDINGS, verified.record().status());
		assertEquals("sub/b.txt", verified.report().findings().get(0).path().toString());
		assertEquals(org.karma.engine.integrity.ManifestVerifier.Status.MISSING, verified.report().findings().get(0).status());
		assertFalse(found.failure().isPresent());
		assertEquals(List.of(IntegrityCheck.Kind.VERIFY, IntegrityCheck.Kind.VERIFY, IntegrityCheck.Kind.CREATE),
				checks().stream().map(IntegrityCheck::kind).toList(), "newest first");
	}

	@Test
	void aTamperedManifestEndsWithAnErrorStatusCarryingTheSignatureMessage() throws Exception {
		assertTrue(run(createJob()).isOK());
		String text = Files.readString(manifest);
		assertTrue(text.contains("\"docs\""), text);
		Files.writeString(manifest, text.replaceFirst("\"docs\"", "\"dOcs\"")); // one byte, still a valid manifest

		VerifyManifestJob job = verifyJob();
		IStatus status = run(job);
		assertEquals(IStatus.ERROR, status.getSeverity(), status.toString());
		IntegrityException failure = job.failure().orElseThrow();
		assertEquals(IntegrityException.Kind.SIGNATURE, failure.kind());
		assertEquals(failure.getMessage(), status.getMessage());
		assertTrue(status.getMessage().contains("changed after it was signed"), status.getMessage());
		assertTrue(job.result().isEmpty());
		IntegrityCheck newest = checks().get(0);
		assertEquals(IntegrityCheck.Status.SIGNATURE_FAILED, newest.status());
		assertEquals(Optional.of(status.getMessage()), newest.note());
	}

	@Test
	void aCancelledVerificationEndsCancel() throws Exception {
		assertTrue(run(createJob()).isOK());
		CountDownLatch listing = new CountDownLatch(1);
		memory.store(tree).setFaults((op, path) -> {
			if (op.equals("list")) {
				listing.countDown();
				try {
					release.await(60, TimeUnit.SECONDS);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}
			return Optional.empty();
		});
		VerifyManifestJob job = verifyJob();
		job.schedule();
		assertTrue(listing.await(60, TimeUnit.SECONDS), "the verification reached the tree");
		job.cancel(); // the running job's monitor is cancelled before the listing goes on
		release.countDown();
		job.join();
		assertEquals(IStatus.CANCEL, job.getResult().getSeverity(), job.getResult().toString());
		assertTrue(job.result().isEmpty());
		assertTrue(job.failure().isEmpty());
	}

	@Test
	void aBadRequestIsAnErrorWithTheOperationsMessage() throws Exception {
		VerifyManifestJob job = verifyJob(); // no manifest was made
		IStatus status = run(job);
		assertEquals(IStatus.ERROR, status.getSeverity());
		assertEquals("no manifest " + manifest, status.getMessage());
		assertEquals(IntegrityException.Kind.BAD_INPUT, job.failure().orElseThrow().kind());
	}
}
