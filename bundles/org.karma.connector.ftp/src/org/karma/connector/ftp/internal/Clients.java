package org.karma.connector.ftp.internal;

import java.io.IOException;
import java.net.Socket;

import javax.net.ssl.SSLContext;

import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPSClient;

/**
 * The commons-net clients with their data connection opened for any command (MLSD and LIST are
 * read line by line as they arrive, instead of into one array).
 */
final class Clients {

	private Clients() {
	}

	/** A client that can open a data connection for a command. */
	interface DataOpener {
		/** Sends the command and returns the data connection, or null when the server refused (reply code on the client). */
		Socket openData(String command, String argument) throws IOException;
	}

	/** Plain FTP. */
	static final class Plain extends FTPClient implements DataOpener {
		@Override
		public Socket openData(String command, String argument) throws IOException {
			return _openDataConnection_(command, argument);
		}
	}

	/** FTPS, explicit (AUTH TLS) or implicit; data connections are protected too (PROT P). */
	static final class Secure extends FTPSClient implements DataOpener {
		Secure(boolean implicit, SSLContext context) {
			super(implicit, context);
		}

		@Override
		public Socket openData(String command, String argument) throws IOException {
			return _openDataConnection_(command, argument);
		}
	}
}
