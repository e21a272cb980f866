package org.karma.connector.ftp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;

import org.junit.jupiter.api.Test;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.RelPath;

/** Reply codes and texts of real servers to reasons; locations. */
class RepliesTest {

	@Test
	void fiveFiftyDependsOnTheText() {
		assertEquals(Reason.NOT_FOUND, Replies.reasonOf(550, "550 /x: No such file or directory")); // proftpd, vsftpd
		assertEquals(Reason.NOT_FOUND, Replies.reasonOf(550, "550 The system cannot find the file specified.")); // IIS
		assertEquals(Reason.PERMISSION_DENIED, Replies.reasonOf(550, "550 Permission denied.")); // vsftpd
		assertEquals(Reason.PERMISSION_DENIED, Replies.reasonOf(550, "550 Access is denied.")); // IIS
		assertEquals(Reason.PERMISSION_DENIED, Replies.reasonOf(550, "550 No permission.")); // MINA
		assertEquals(Reason.FATAL, Replies.reasonOf(550, "550 Failed."));
		assertEquals(Reason.PERMISSION_DENIED, Replies.reasonOf(450, "450 No permission to delete /t10/there.txt.")); // MINA
		assertEquals(Reason.TRANSIENT, Replies.reasonOf(450, "450 File busy"));
	}

	@Test
	void otherCodes() {
		assertEquals(Reason.AUTHENTICATION, Replies.reasonOf(530, "530 Authentication failed."));
		assertEquals(Reason.QUOTA, Replies.reasonOf(552, "552 Disk quota exceeded"));
		assertEquals(Reason.QUOTA, Replies.reasonOf(452, "452 Insufficient storage space"));
		assertEquals(Reason.TRANSIENT, Replies.reasonOf(421, "421 Too many users"));
		assertEquals(Reason.TRANSIENT, Replies.reasonOf(425, "425 Can't open data connection."));
		assertEquals(Reason.UNSUPPORTED, Replies.reasonOf(502, "502 Command not implemented."));
	}

	@Test
	void unreachableIsTransient() {
		ConnectorException e = Replies.io("cannot connect to h:21", new ConnectException("Connection refused"), RelPath.ROOT);
		assertEquals(Reason.TRANSIENT, e.reason());
		assertTrue(e.isRetryable());
		assertTrue(e.getMessage().contains("cannot reach"), e.getMessage());
		assertEquals(Reason.TRANSIENT, Replies.io("x", new IOException("reset"), null).reason());
	}

	@Test
	void locations() throws Exception {
		FtpLocation l = FtpLocation.parse("ftp://ann@host.example:2121/srv/data/");
		assertEquals("ann", l.user());
		assertEquals(2121, l.port());
		assertEquals("/srv/data", l.path());
		assertTrue(!l.secure());
		FtpLocation s = FtpLocation.parse("ftps://host.example");
		assertTrue(s.secure());
		assertEquals(null, s.path());
		assertEquals(null, s.user());
		assertEquals("host.example:990", s.hostAndPort(990));
		assertEquals(Reason.FATAL, assertThrows(ConnectorException.class, () -> FtpLocation.parse("ftp://ann:pw@h/x")).reason());
		assertEquals(Reason.FATAL, assertThrows(ConnectorException.class, () -> FtpLocation.parse("sftp://h/x")).reason());
		assertEquals(Reason.FATAL, assertThrows(ConnectorException.class, () -> FtpLocation.parse("ftp://h/a/../b")).reason());
		assertEquals(Reason.FATAL, assertThrows(ConnectorException.class, () -> FtpLocation.parse("ftp:///x")).reason());
	}
}
