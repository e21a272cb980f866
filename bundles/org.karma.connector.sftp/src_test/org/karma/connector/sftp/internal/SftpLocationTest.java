package org.karma.connector.sftp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;

import org.apache.sshd.common.SshException;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;
import org.junit.jupiter.api.Test;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.RelPath;

/** Locations, accounts and the mapping of SFTP status codes. */
class SftpLocationTest {

	@Test
	void locations() throws ConnectorException {
		SftpLocation l = SftpLocation.parse("sftp://ann@files.example.org:2222/srv/data/");
		assertEquals("ann", l.user());
		assertEquals("files.example.org", l.host());
		assertEquals(2222, l.port());
		assertEquals("/srv/data", l.path());
		assertEquals("sftp://ann@files.example.org:2222", l.account());

		SftpLocation d = SftpLocation.parse("sftp://ann@files.example.org");
		assertEquals(22, d.port());
		assertNull(d.path(), "the login folder");
		assertEquals("sftp://ann@files.example.org:22", d.account());

		assertEquals("/", SftpLocation.parse("sftp://ann@h/").path());
		assertEquals(System.getProperty("user.name"), SftpLocation.parse("sftp://h/x").user());
		SftpLocation v6 = SftpLocation.parse("sftp://ann@[::1]:2222/data");
		assertEquals("::1", v6.host());
		assertEquals("[::1]:2222", v6.hostAndPort());
	}

	@Test
	void badLocationsAreFatal() {
		for (String bad : new String[] { "ftp://ann@h/x", "sftp:///x", "sftp://ann:pw@h/x", "sftp://ann@h/a/../b",
				"sftp://ann@h/a//b", "sftp://ann@h/x?identity=k" }) {
			ConnectorException e = assertThrows(ConnectorException.class, () -> SftpLocation.parse(bad), bad);
			assertEquals(Reason.FATAL, e.reason());
			assertTrue(e.getMessage().contains("not an SFTP location"), e.getMessage());
		}
		ConnectorException pw = assertThrows(ConnectorException.class, () -> SftpLocation.parse("sftp://ann:s3cret@h/x"));
		assertTrue(!pw.getMessage().contains("s3cret"), "the password is not repeated: " + pw.getMessage());
		assertTrue(pw.getMessage().startsWith("'sftp://ann:***@h/x' is not an SFTP location: a password never goes"),
				pw.getMessage());
	}

	@Test
	void statusCodes() {
		assertEquals(Reason.NOT_FOUND, Errors.reason(SftpConstants.SSH_FX_NO_SUCH_FILE));
		assertEquals(Reason.NOT_FOUND, Errors.reason(SftpConstants.SSH_FX_NO_SUCH_PATH));
		assertEquals(Reason.PERMISSION_DENIED, Errors.reason(SftpConstants.SSH_FX_PERMISSION_DENIED));
		assertEquals(Reason.QUOTA, Errors.reason(SftpConstants.SSH_FX_NO_SPACE_ON_FILESYSTEM));
		assertEquals(Reason.QUOTA, Errors.reason(SftpConstants.SSH_FX_QUOTA_EXCEEDED));
		assertEquals(Reason.TRANSIENT, Errors.reason(SftpConstants.SSH_FX_CONNECTION_LOST));
		assertEquals(Reason.FATAL, Errors.reason(SftpConstants.SSH_FX_FAILURE));

		ConnectorException full = Errors.io("writing 'a'", new SftpException(SftpConstants.SSH_FX_NO_SPACE_ON_FILESYSTEM,
				"No space left on device"), RelPath.of("a"));
		assertEquals("writing 'a' failed: no space left on the server's disk (No space left on device)", full.getMessage());
		ConnectorException lost = Errors.io("reading 'a'", new SshException("Channel closed"), RelPath.of("a"));
		assertEquals(Reason.TRANSIENT, lost.reason());
		assertTrue(lost.isRetryable());
		ConnectorException refused = Errors.unreachable("h:22", new IOException(new ConnectException("Connection refused")));
		assertEquals(Reason.TRANSIENT, refused.reason());
	}
}
