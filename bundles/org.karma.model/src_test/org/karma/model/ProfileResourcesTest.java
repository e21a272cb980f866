package org.karma.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.karma.model.profile.ComparisonMethod;
import org.karma.model.profile.ConflictPolicy;
import org.karma.model.profile.ConnectorOption;
import org.karma.model.profile.Direction;
import org.karma.model.profile.HashAlgorithm;
import org.karma.model.profile.IntervalUnit;
import org.karma.model.profile.OptionType;
import org.karma.model.profile.ProfileFactory;
import org.karma.model.profile.ProfilePackage;
import org.karma.model.profile.ScheduleKind;
import org.karma.model.profile.SyncProfile;
import org.karma.model.profile.VersioningKind;

class ProfileResourcesTest {

	/** A profile in which every attribute of every class holds a value other than its default. */
	static SyncProfile everythingSet() {
		SyncProfile p = Profiles.create("docs-2026", "/home/ann/docs", "sftp://ann@nas:2222/srv/docs");
		p.setDescription("Documents <& \"quoted\"> ünïcødé");
		p.setEnabled(false);
		p.setDirection(Direction.MIRROR);
		p.setConflictPolicy(ConflictPolicy.NEWER_WINS);
		p.setParallelTransfers(9);
		p.setDeleteGuardPercent(25);
		p.setClockSkewSeconds(-3600);
		p.getRight().setCredentialRef("sftp://ann@nas:2222");
		ConnectorOption option = ProfileFactory.eINSTANCE.createConnectorOption();
		option.setKey("concurrency");
		option.setType(OptionType.INTEGER);
		option.setValue("3");
		p.getRight().getOptions().add(option);
		p.getComparison().setMethod(ComparisonMethod.CHECKSUM);
		p.getComparison().setMtimeToleranceSeconds(5);
		p.getComparison().setChecksumAlgorithm(HashAlgorithm.MD5);
		p.getFilter().getIncludes().addAll(List.of("**/*.pdf", "/reports/**"));
		p.getFilter().getExcludes().addAll(List.of("*.tmp", "build/"));
		p.getFilter().setExcludeHidden(true);
		p.getFilter().getFileBlacklist().addAll(List.of("Thumbs.db", ".DS_Store"));
		p.getFilter().getDirectoryBlacklist().addAll(List.of(".git", "node_modules"));
		p.getFilter().setMinSizeBytes(1);
		p.getFilter().setMaxSizeBytes(1L << 40);
		p.getFilter().setMaxAgeDays(365);
		p.getVersioning().setKind(VersioningKind.BY_AGE);
		p.getVersioning().setCount(3);
		p.getVersioning().setMaxAgeDays(90);
		p.getVersioning().setLocation("/backup/versions");
		p.getVersioning().setMaxTotalSizeBytes(5_000_000_000L);
		p.getSchedule().setKind(ScheduleKind.CRON);
		p.getSchedule().setInterval(15);
		p.getSchedule().setIntervalUnit(IntervalUnit.MINUTES);
		p.getSchedule().setCronExpression("30 2 * * 1-5");
		p.getSchedule().setDebounceMillis(1500);
		p.getSchedule().setPollIntervalSeconds(120);
		p.getSchedule().setRescanIntervalMinutes(30);
		p.getIntegrity().setVerifyAfterCopy(false);
		p.getIntegrity().setHashAlgorithm(HashAlgorithm.MD5);
		p.getIntegrity().setManifestAfterSync(true);
		p.getIntegrity().setScrubIntervalDays(30);
		p.getIntegrity().setManifestsToKeep(5);
		return p;
	}

	@Test
	void everyAttributeSurvivesSaveAndLoad() throws Exception {
		SyncProfile original = everythingSet();
		byte[] xml = ProfileResources.write(original);
		SyncProfile loaded = ProfileResources.read(xml, "docs-2026.karma");
		assertTrue(EcoreUtil.equals(original, loaded), () -> new String(xml, StandardCharsets.UTF_8));
		assertEquals("Documents <& \"quoted\"> ünïcødé", loaded.getDescription());
		assertEquals(1L << 40, loaded.getFilter().getMaxSizeBytes());
	}

	/** Guards the round trip above against attributes added to the model later. */
	@Test
	void theRoundTripProfileSetsEveryAttributeOfTheModel() {
		SyncProfile p = everythingSet();
		Set<EAttribute> covered = new HashSet<>();
		List<EObject> objects = new java.util.ArrayList<>();
		objects.add(p);
		p.eAllContents().forEachRemaining(objects::add);
		for (EObject o : objects) {
			for (EAttribute a : o.eClass().getEAllAttributes()) {
				if (o.eIsSet(a)) {
					covered.add(a);
				}
			}
		}
		for (EClassifier classifier : ProfilePackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass c) {
				for (EAttribute a : c.getEAttributes()) {
					assertTrue(covered.contains(a), c.getName() + "." + a.getName() + " is not covered by the round trip");
				}
			}
		}
	}

	@Test
	void defaultsAreWhatUsersExpect() {
		SyncProfile p = Profiles.create("a", "/a", "/b");
		assertTrue(p.isEnabled());
		assertEquals(Direction.TWO_WAY, p.getDirection());
		assertEquals(ConflictPolicy.KEEP_BOTH, p.getConflictPolicy());
		assertEquals(ComparisonMethod.TIME_AND_SIZE, p.getComparison().getMethod());
		assertEquals(2, p.getComparison().getMtimeToleranceSeconds());
		assertEquals(HashAlgorithm.SHA256, p.getComparison().getChecksumAlgorithm());
		assertEquals("SHA-256", HashAlgorithm.SHA256.getLiteral());
		assertEquals(50, p.getDeleteGuardPercent());
		assertEquals(4, p.getParallelTransfers());
		assertEquals(VersioningKind.KEEP_LAST, p.getVersioning().getKind());
		assertEquals(10, p.getVersioning().getCount());
		assertEquals(ScheduleKind.MANUAL, p.getSchedule().getKind());
		assertEquals(800, p.getSchedule().getDebounceMillis());
		assertTrue(p.getIntegrity().isVerifyAfterCopy());
		assertFalse(p.getIntegrity().isManifestAfterSync());
		assertEquals(0, p.getIntegrity().getScrubIntervalDays());
		assertEquals(10, p.getIntegrity().getManifestsToKeep());
		assertFalse(p.getFilter().isSetMaxSizeBytes());
	}

	@Test
	void savedFileUsesTheCurrentNamespaceAndOmitsDefaults() throws Exception {
		String xml = new String(ProfileResources.write(Profiles.create("a", "/a", "/b")), StandardCharsets.UTF_8);
		assertTrue(xml.contains("xmlns:karma=\"" + ProfilePackage.eNS_URI + "\""), xml);
		assertTrue(ProfilePackage.eNS_URI.endsWith("/1.1"), "nsURI carries the format version");
		assertFalse(xml.contains("deleteGuardPercent"), xml);
	}

	@Test
	void aFileThatLeavesOutPartsGetsThemWithDefaults() throws Exception {
		String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<karma:SyncProfile xmi:version=\"2.0\" "
				+ "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:karma=\"" + ProfilePackage.eNS_URI + "\" name=\"min\">"
				+ "<left uri=\"/a\"/><right uri=\"/b\"/></karma:SyncProfile>";
		SyncProfile p = ProfileResources.read(xml.getBytes(StandardCharsets.UTF_8), "min.karma");
		assertEquals(Profiles.create("min", "/a", "/b").getSchedule().getKind(), p.getSchedule().getKind());
		assertTrue(EcoreUtil.equals(Profiles.create("min", "/a", "/b"), p));
	}

	@Test
	void draftFormatFileIsMigrated() throws Exception {
		SyncProfile p = ProfileResources.read(Files.readAllBytes(Path.of("testdata/draft-1.0.karma")), "draft-1.0.karma");
		assertEquals("photos", p.getName());
		assertEquals(Direction.MIRROR, p.getDirection(), "mode became direction");
		assertEquals(20, p.getDeleteGuardPercent(), "maxDeletePercent became deleteGuardPercent");
		assertEquals(2, p.getParallelTransfers());
		assertEquals("sftp://ann@nas.local:2222/backup/pictures", p.getRight().getUri());
		assertEquals("3", p.getRight().getOptions().get(0).getValue());
		assertEquals(List.of("*.tmp"), p.getFilter().getExcludes());
		assertEquals(VersioningKind.STAGGERED, p.getVersioning().getKind());
		assertEquals(6, p.getSchedule().getInterval());
		assertTrue(p.getIntegrity().isVerifyAfterCopy(), "a part the draft did not have gets defaults");
		assertFalse(p.getIntegrity().isManifestAfterSync(), "no manifests for a profile that never asked for them");
		assertEquals(10, p.getIntegrity().getManifestsToKeep());
		// written back, it is in the current format and reads back the same
		byte[] current = ProfileResources.write(p);
		String text = new String(current, StandardCharsets.UTF_8);
		assertFalse(text.contains(ProfileResources.NS_URI_1_0), text);
		assertTrue(text.contains("direction=\"MIRROR\""), text);
		assertTrue(EcoreUtil.equals(p, ProfileResources.read(current, "again.karma")));
	}

	@Test
	void draftOnlyNamesAreUnknownInTheCurrentFormat() {
		String xml = "<karma:SyncProfile xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:karma=\""
				+ ProfilePackage.eNS_URI + "\" name=\"x\" mode=\"MIRROR\"><left uri=\"/a\"/><right uri=\"/b\"/></karma:SyncProfile>";
		ProfileFormatException e = assertThrows(ProfileFormatException.class,
				() -> ProfileResources.read(xml.getBytes(StandardCharsets.UTF_8), "x.karma"));
		assertEquals("x.karma: unknown attribute 'mode' of SyncProfile (written by a newer KARMA, or mistyped?)",
				e.getMessage());
	}

	@Test
	void badDraftValueIsReportedWithTheAllowedValues() {
		String xml = "<karma:SyncProfile xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:karma=\""
				+ ProfileResources.NS_URI_1_0 + "\" name=\"x\" mode=\"SIDEWAYS\"><left uri=\"/a\"/><right uri=\"/b\"/></karma:SyncProfile>";
		ProfileFormatException e = assertThrows(ProfileFormatException.class,
				() -> ProfileResources.read(xml.getBytes(StandardCharsets.UTF_8), "x.karma"));
		assertEquals("x.karma: mode='SIDEWAYS' is not a valid value for direction (allowed: [MIRROR, UPDATE, TWO_WAY])",
				e.getMessage());
	}

	@Test
	void corruptFilesGiveOneLineMessages() {
		ProfileFormatException truncated = assertThrows(ProfileFormatException.class, () -> ProfileResources
				.read("<karma:SyncProfile xmlns:karma=\"x\"".getBytes(StandardCharsets.UTF_8), "cut.karma"));
		assertTrue(truncated.getMessage().startsWith("cut.karma: not a readable profile file: "), truncated.getMessage());
		assertFalse(truncated.getMessage().contains("\n"));

		ProfileFormatException garbage = assertThrows(ProfileFormatException.class,
				() -> ProfileResources.read(new byte[] { 0, 1, 2, (byte) 0xff }, "bin.karma"));
		assertTrue(garbage.getMessage().startsWith("bin.karma: not a readable profile file"), garbage.getMessage());

		String otherRoot = "<ecore:EPackage xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
				+ "xmlns:ecore=\"http://www.eclipse.org/emf/2002/Ecore\" name=\"p\"/>";
		ProfileFormatException wrongRoot = assertThrows(ProfileFormatException.class,
				() -> ProfileResources.read(otherRoot.getBytes(StandardCharsets.UTF_8), "pkg.karma"));
		assertTrue(wrongRoot.getMessage().startsWith("pkg.karma: "), wrongRoot.getMessage());

		String unknownValue = "<karma:SyncProfile xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:karma=\""
				+ ProfilePackage.eNS_URI + "\" name=\"x\" direction=\"SIDEWAYS\"><left uri=\"/a\"/><right uri=\"/b\"/></karma:SyncProfile>";
		ProfileFormatException badEnum = assertThrows(ProfileFormatException.class,
				() -> ProfileResources.read(unknownValue.getBytes(StandardCharsets.UTF_8), "enum.karma"));
		assertTrue(badEnum.getMessage().startsWith("enum.karma: "), badEnum.getMessage());
		assertNotEquals("", badEnum.getMessage());
	}
}
