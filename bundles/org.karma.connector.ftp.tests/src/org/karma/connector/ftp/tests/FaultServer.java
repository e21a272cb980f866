package org.karma.connector.ftp.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.ftpserver.ConnectionConfigFactory;
import org.apache.ftpserver.DataConnectionConfiguration;
import org.apache.ftpserver.FtpServer;
import org.apache.ftpserver.FtpServerFactory;
import org.apache.ftpserver.ftplet.DataConnection;
import org.apache.ftpserver.ftplet.DefaultFtpReply;
import org.apache.ftpserver.ftplet.DefaultFtplet;
import org.apache.ftpserver.ftplet.FtpException;
import org.apache.ftpserver.ftplet.FtpFile;
import org.apache.ftpserver.ftplet.FtpReply;
import org.apache.ftpserver.ftplet.FtpRequest;
import org.apache.ftpserver.ftplet.FtpSession;
import org.apache.ftpserver.ftplet.FtpletResult;
import org.apache.ftpserver.listener.ListenerFactory;
import org.apache.ftpserver.ssl.SslConfiguration;
import org.apache.ftpserver.usermanager.ClearTextPasswordEncryptor;
import org.apache.ftpserver.usermanager.PropertiesUserManagerFactory;
import org.karma.connector.api.ConnectionSpec;
import org.karma.connector.tck.DroppingProxy;

/**
 * An Apache MINA FtpServer of its own for the fault tests (one per test class, plain FTP, user
 * {@code ann}), with BOTH connections behind a {@link DroppingProxy}:
 * <ul>
 * <li>the control connection: clients connect to {@link #control}, which forwards to the server;</li>
 * <li>the data connections: the server listens for passive data connections on 127.0.0.2:P;
 * clients connect to 127.0.0.1:P (commons-net takes the host of the control connection and only
 * the port from the PASV answer), where {@link #data} listens and forwards to 127.0.0.2:P. One
 * fixed passive port, so clients must use one session at a time ({@code concurrency=1}).</li>
 * </ul>
 * An Ftplet plays a full disk: {@link #diskFullAfter(long)} makes STOR and APPE fail with
 * {@code 552} after that many bytes of the upload were stored (0: at once, before any data).
 */
final class FaultServer implements AutoCloseable {

	static final String PASSWORD = "fault-secret";

	final Path base;
	final Path home;
	final DroppingProxy control;
	final DroppingProxy data;
	private final AtomicLong diskFullAfter = new AtomicLong(-1);
	private final AtomicLong storeOnly = new AtomicLong(-1);
	private final AtomicBoolean cutAfterLock = new AtomicBoolean();
	private final AtomicInteger locksCut = new AtomicInteger();
	private final FtpServer server;
	private int roots;

	FaultServer() throws Exception {
		System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
		base = Files.createTempDirectory("karma-ftp-faults");
		home = Files.createDirectories(base.resolve("home"));
		Path users = base.resolve("users.properties");
		String p = "ftpserver.user.ann.";
		Files.writeString(users, p + "userpassword=" + PASSWORD + "\n" + p + "homedirectory=" + home + "\n" + p
				+ "enableflag=true\n" + p + "writepermission=true\n" + p + "maxloginnumber=0\n" + p + "maxloginperip=0\n" + p
				+ "idletime=0\n", StandardCharsets.UTF_8);
		PropertiesUserManagerFactory userManager = new PropertiesUserManagerFactory();
		userManager.setFile(users.toFile());
		userManager.setPasswordEncryptor(new ClearTextPasswordEncryptor());

		int passivePort = freePortOn("127.0.0.2");
		data = DroppingProxy.between(new InetSocketAddress("127.0.0.1", passivePort),
				new InetSocketAddress("127.0.0.2", passivePort));

		FtpServerFactory factory = new FtpServerFactory();
		factory.setUserManager(userManager.createUserManager());
		ConnectionConfigFactory connections = new ConnectionConfigFactory();
		connections.setMaxLogins(100);
		connections.setAnonymousLoginEnabled(false);
		factory.setConnectionConfig(connections.createConnectionConfig());
		factory.setFtplets(new java.util.LinkedHashMap<>(Map.of("diskfull", new DiskFull(), "cutafterlock", new CutAfterLock()))); // stop() clears it
		ListenerFactory listener = new ListenerFactory();
		listener.setServerAddress("127.0.0.1");
		listener.setPort(0);
		listener.setIdleTimeout(60);
		listener.setDataConnectionConfiguration(new OnePassivePort(passivePort));
		factory.addListener("default", listener.createListener());
		server = factory.createServer();
		server.start();
		int port = factory.getListeners().get("default").getPort();
		control = DroppingProxy.to(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
	}

	/** A port free on that loopback address (and, checked, on 127.0.0.1). */
	private static int freePortOn(String address) throws IOException {
		for (int attempt = 0;; attempt++) {
			int port;
			try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName(address))) {
				port = probe.getLocalPort();
			}
			try (ServerSocket other = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
				return port;
			} catch (IOException taken) {
				if (attempt > 20) {
					throw taken;
				}
			}
		}
	}

	/**
	 * After the next successful MKD of a lock folder ({@code .NAME.karma-lock}), every control
	 * connection is cut: the client loses its session while it holds the lock (or before it
	 * learns that it got it), and the lock folder stays on the server.
	 */
	void cutAfterNextLock() {
		cutAfterLock.set(true);
	}

	/** How many times {@link #cutAfterNextLock()} cut. */
	int locksCut() {
		return locksCut.get();
	}

	/**
	 * Every STOR/APPE stores at most {@code bytes} bytes, takes the rest without keeping it and
	 * answers 226 all the same: a server that loses data and says nothing. -1 turns it off.
	 */
	void storeOnly(long bytes) {
		storeOnly.set(bytes);
	}

	/** The next STOR/APPE fails with 552 after {@code bytes} bytes (0: before any data); -1 turns it off. */
	void diskFullAfter(long bytes) {
		diskFullAfter.set(bytes);
	}

	/** A fresh, empty folder in the user's home. */
	synchronized Path newRoot() throws IOException {
		return Files.createDirectories(home.resolve("f" + ++roots));
	}

	/** The location of a folder, through the control proxy. */
	String url(Path folder) {
		return "ftp://ann@127.0.0.1:" + control.port() + "/" + home.relativize(folder).toString().replace('\\', '/');
	}

	/** The spec of a folder: one session at a time (one passive port), the test password. */
	ConnectionSpec spec(Path folder) {
		return spec(folder, Map.of());
	}

	/** The same with more options. */
	ConnectionSpec spec(Path folder, Map<String, String> options) {
		Map<String, String> all = new java.util.HashMap<>(options);
		all.put("concurrency", "1");
		return TestServer.spec(url(folder), all, PASSWORD);
	}

	@Override
	public void close() throws IOException {
		control.close();
		data.close();
		server.stop();
		TestServer.deleteTree(base);
	}

	/** Passive data connections on one fixed port of 127.0.0.2 (the data proxy forwards from 127.0.0.1). */
	private static final class OnePassivePort implements DataConnectionConfiguration {
		private final int port;
		private boolean taken;

		OnePassivePort(int port) {
			this.port = port;
		}

		@Override
		public int getIdleTime() {
			return 60;
		}

		@Override
		public boolean isActiveEnabled() {
			return false;
		}

		@Override
		public boolean isActiveIpCheck() {
			return false;
		}

		@Override
		public String getActiveLocalAddress() {
			return null;
		}

		@Override
		public int getActiveLocalPort() {
			return 0;
		}

		@Override
		public String getPassiveAddress() {
			return "127.0.0.2";
		}

		@Override
		public String getPassiveExernalAddress() {
			return "127.0.0.1";
		}

		@Override
		public String getPassivePorts() {
			return String.valueOf(port);
		}

		@Override
		public boolean isPassiveIpCheck() {
			return false;
		}

		/**
		 * The port once the session that had it released it (a session cut in the middle of a
		 * transfer releases it when the server has cleaned up). No bind check, which would bind
		 * the wildcard address: the data proxy holds this port on 127.0.0.1.
		 */
		@Override
		public synchronized int requestPassivePort() {
			long end = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
			while (taken) {
				long left = end - System.nanoTime();
				if (left <= 0) {
					return -1;
				}
				try {
					java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(this, left);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return -1;
				}
			}
			taken = true;
			return port;
		}

		@Override
		public synchronized void releasePassivePort(int released) {
			taken = false;
			notifyAll();
		}

		@Override
		public SslConfiguration getSslConfiguration() {
			return null;
		}

		@Override
		public boolean isImplicitSsl() {
			return false;
		}
	}

	/** Cuts the control connections right after a lock folder was made, once armed. */
	private final class CutAfterLock extends DefaultFtplet {
		@Override
		public FtpletResult afterCommand(FtpSession session, FtpRequest request, FtpReply reply) throws FtpException, IOException {
			if (request.getCommand().equalsIgnoreCase("MKD") && request.getArgument() != null
					&& request.getArgument().endsWith(".karma-lock") && reply.getCode() == 257
					&& cutAfterLock.compareAndSet(true, false)) {
				// counted before the cut: the test asserts the count as soon as the client fails
				locksCut.incrementAndGet();
				control.cutAll();
			}
			return FtpletResult.DEFAULT;
		}
	}

	/** Answers 552 to STOR and APPE once the armed number of bytes is stored. */
	private final class DiskFull extends DefaultFtplet {
		@Override
		public FtpletResult beforeCommand(FtpSession session, FtpRequest request) throws FtpException, IOException {
			String command = request.getCommand().toUpperCase(Locale.ROOT);
			long limit = diskFullAfter.get();
			long lying = storeOnly.get();
			if ((limit < 0 && lying < 0) || !(command.equals("STOR") || command.equals("APPE"))) {
				return FtpletResult.DEFAULT;
			}
			if (limit == 0) {
				// The client's data connection is taken and closed before the answer: left waiting on
				// the one passive port (the proxy connects on the client's behalf), it would be taken
				// for the next upload's, which would then store nothing.
				try {
					session.getDataConnection().openConnection();
				} catch (Exception e) {
					// no data connection came: nothing to take
				} finally {
					session.getDataConnection().closeDataConnection();
				}
				session.write(new DefaultFtpReply(552, "Requested file action aborted: no space left on device."));
				return FtpletResult.SKIP;
			}
			FtpFile file = session.getFileSystemView().getFile(request.getArgument());
			session.write(new DefaultFtpReply(150, "Opening data connection."));
			DataConnection connection;
			try {
				connection = session.getDataConnection().openConnection();
			} catch (Exception e) {
				session.write(new DefaultFtpReply(425, "Cannot open data connection."));
				return FtpletResult.SKIP;
			}
			OutputStream stored = file.createOutputStream(command.equals("APPE") ? file.getSize() : 0);
			try (OutputStream out = limit >= 0 ? new Limited(stored, limit, true) : new Limited(stored, lying, false)) {
				connection.transferFromClient(session, out);
				session.write(new DefaultFtpReply(226, "Transfer complete."));
			} catch (IOException full) {
				session.write(new DefaultFtpReply(552, "Requested file action aborted: no space left on device."));
			} finally {
				session.getDataConnection().closeDataConnection();
			}
			return FtpletResult.SKIP;
		}
	}

	/** Stores at most {@code limit} bytes, then fails like a full disk, or (a lying server) drops the rest. */
	private static final class Limited extends OutputStream {
		private final OutputStream out;
		private final boolean fail;
		private long left;

		Limited(OutputStream out, long limit, boolean fail) {
			this.out = out;
			this.left = limit;
			this.fail = fail;
		}

		@Override
		public void write(int b) throws IOException {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			int n = (int) Math.min(len, left);
			out.write(b, off, n);
			left -= n;
			if (n < len && fail) {
				throw new IOException("No space left on device");
			}
		}

		@Override
		public void close() throws IOException {
			out.close();
		}
	}
}
