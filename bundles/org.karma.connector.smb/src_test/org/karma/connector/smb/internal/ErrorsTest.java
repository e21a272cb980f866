package org.karma.connector.smb.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.RelPath;

import jcifs.smb.NtStatus;
import jcifs.smb.SmbException;

/** NT status codes to reasons (the ones smbd cannot be made to send in a test: disk full); locations. */
class ErrorsTest {

	private static final SmbLocation AT = new SmbLocation("ann", "files", 4450, "data", List.of("a"));

	private static ConnectorException of(SmbException e) {
		return Errors.of("writing 'x'", e, RelPath.of("x"), AT);
	}

	@Test
	void statusCodesMapToReasons() {
		assertEquals(Reason.QUOTA, of(new SmbException(Errors.STATUS_DISK_FULL, false)).reason());
		assertEquals(Reason.QUOTA, of(new SmbException(Errors.STATUS_QUOTA_EXCEEDED, false)).reason());
		assertEquals(Reason.PERMISSION_DENIED, of(new SmbException(NtStatus.NT_STATUS_ACCESS_DENIED, false)).reason());
		assertEquals(Reason.NOT_FOUND, of(new SmbException(NtStatus.NT_STATUS_OBJECT_NAME_NOT_FOUND, false)).reason());
		assertEquals(Reason.NOT_FOUND, of(new SmbException(NtStatus.NT_STATUS_OBJECT_PATH_NOT_FOUND, false)).reason());
		assertEquals(Reason.ALREADY_EXISTS, of(new SmbException(NtStatus.NT_STATUS_OBJECT_NAME_COLLISION, false)).reason());
		assertEquals(Reason.NOT_EMPTY, of(new SmbException(Errors.STATUS_DIRECTORY_NOT_EMPTY, false)).reason());
		assertEquals(Reason.TRANSIENT, of(new SmbException(NtStatus.NT_STATUS_SHARING_VIOLATION, false)).reason());
		assertEquals(Reason.FATAL, of(new SmbException(NtStatus.NT_STATUS_INVALID_PARAMETER, false)).reason());
	}

	@Test
	void diskFullSaysSo() {
		ConnectorException e = of(new SmbException(Errors.STATUS_DISK_FULL, false));
		assertTrue(e.getMessage().contains("disk is full"), e.getMessage());
		assertTrue(e.getMessage().startsWith("writing 'x'"), e.getMessage());
		assertFalse(e.isRetryable());
	}

	@Test
	void logonFailureIsAuthenticationAndAccessDeniedIsNot() {
		ConnectorException logon = of(new SmbException(NtStatus.NT_STATUS_LOGON_FAILURE, false));
		assertEquals(Reason.AUTHENTICATION, logon.reason());
		assertTrue(logon.getMessage().contains("login as 'ann' on files:4450 failed"), logon.getMessage());
		// (jCIFS's SmbAuthException for a denied file carries ACCESS_DENIED: SmbFaultsTest's read-only share)
		assertEquals(Reason.PERMISSION_DENIED, of(new SmbException(NtStatus.NT_STATUS_ACCESS_DENIED, false)).reason());
	}

	@Test
	void networkFailuresAreTransient() {
		ConnectorException e = of(new SmbException("Failed to connect: files", new ConnectException("Connection refused")));
		assertEquals(Reason.TRANSIENT, e.reason(), e.getMessage());
		assertTrue(e.isRetryable());
		assertTrue(e.getMessage().contains("files:4450"), e.getMessage());
		assertEquals(Reason.TRANSIENT, of(new SmbException("Descriptor is no longer valid")).reason());
	}

	@Test
	void locations() throws ConnectorException {
		SmbLocation l = SmbLocation.parse("smb://ann@host:4455/share/dir/sub");
		assertEquals(new SmbLocation("ann", "host", 4455, "share", List.of("dir", "sub")), l);
		assertEquals("smb://ann@host:4455", l.account());
		assertEquals("smb://host:445", SmbLocation.parse("smb://host/share").account());
		assertEquals(List.of(), SmbLocation.parse("smb://host/share/").folder());
		for (String bad : List.of("smb://host", "smb://host/", "ftp://host/share", "smb://ann:pw@host/share",
				"smb://WORK;ann@host/share", "smb://host/share/../x", "smb:///share")) {
			ConnectorException e = assertThrows(ConnectorException.class, () -> SmbLocation.parse(bad), bad);
			assertEquals(Reason.FATAL, e.reason());
			assertFalse(e.getMessage().contains("pw@"), "the password is not echoed: " + e.getMessage());
		}
	}
}
