package org.karma.connector.ftp.tests;

import java.io.IOException;
import java.util.Locale;

import org.apache.ftpserver.ftplet.DefaultFtpReply;
import org.apache.ftpserver.ftplet.DefaultFtplet;
import org.apache.ftpserver.ftplet.FtpException;
import org.apache.ftpserver.ftplet.FtpRequest;
import org.apache.ftpserver.ftplet.FtpSession;
import org.apache.ftpserver.ftplet.FtpletResult;

/**
 * Makes FtpServer behave like a server without RFC 3659 (vsftpd, old IIS) for the user
 * {@code legacy}: FEAT lists neither MLST nor MFMT, and MLST, MLSD and MFMT are refused, so the
 * connector has to list with LIST and cannot set times.
 */
final class LegacyServer extends DefaultFtplet {

	@Override
	public FtpletResult beforeCommand(FtpSession session, FtpRequest request) throws FtpException, IOException {
		if (session.getUser() == null || !session.getUser().getName().equals("legacy")) {
			return FtpletResult.DEFAULT;
		}
		String command = request.getCommand().toUpperCase(Locale.ROOT);
		switch (command) {
		case "FEAT" -> {
			session.write(new DefaultFtpReply(211, new String[] { "Extensions supported", "SIZE", "MDTM", "REST STREAM",
					"UTF8", "End" }));
			return FtpletResult.SKIP;
		}
		case "MLST", "MLSD", "MFMT" -> {
			session.write(new DefaultFtpReply(502, "Command not implemented."));
			return FtpletResult.SKIP;
		}
		default -> {
			return FtpletResult.DEFAULT;
		}
		}
	}
}
