package org.karma.connector.tck;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy on loopback for fault tests: it forwards connections to a real server and cuts
 * them on command, the way a flaky network or a crashing server does. A cut closes both sockets
 * with a reset (SO_LINGER 0), so neither side sees an orderly end of stream.
 *
 * <pre>
 * try (DroppingProxy proxy = DroppingProxy.to(server.address())) {
 *     connect to proxy.port() …
 *     proxy.cutAfter(100_000); // the connection that carries the next 100 kB is cut there
 *     proxy.refuseNew(true);   // "server down": new connections are reset at once
 * }
 * </pre>
 */
public final class DroppingProxy implements AutoCloseable {

	private final ServerSocket listener;
	private final InetSocketAddress target;
	private final List<Link> links = new CopyOnWriteArrayList<>();
	private final AtomicLong budget = new AtomicLong(Long.MAX_VALUE);
	private final AtomicInteger accepted = new AtomicInteger();
	private final AtomicInteger cuts = new AtomicInteger();
	private final AtomicLong forwarded = new AtomicLong();
	private volatile boolean refuse;
	private volatile boolean closed;

	private DroppingProxy(InetSocketAddress listen, InetSocketAddress target) throws IOException {
		this.target = target;
		this.listener = new ServerSocket();
		listener.setReuseAddress(true);
		listener.bind(listen);
		Thread acceptor = new Thread(this::acceptLoop, "dropping-proxy-" + listener.getLocalPort());
		acceptor.setDaemon(true);
		acceptor.start();
	}

	/** A proxy on an ephemeral loopback port forwarding to {@code target}. */
	public static DroppingProxy to(InetSocketAddress target) throws IOException {
		return new DroppingProxy(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), target);
	}

	/**
	 * A proxy listening on {@code listen} (e.g. another loopback address such as 127.0.0.2 with the
	 * server's passive FTP port, so data connections go through the proxy too).
	 */
	public static DroppingProxy between(InetSocketAddress listen, InetSocketAddress target) throws IOException {
		return new DroppingProxy(listen, target);
	}

	/** The port clients connect to. */
	public int port() {
		return listener.getLocalPort();
	}

	/** The address clients connect to. */
	public InetSocketAddress address() {
		return new InetSocketAddress(listener.getInetAddress(), listener.getLocalPort());
	}

	/**
	 * Arms a cut: after {@code bytes} more bytes have been forwarded (both directions, all
	 * connections together), the connection carrying the next byte is cut. One cut per call.
	 */
	public void cutAfter(long bytes) {
		if (bytes < 0) {
			throw new IllegalArgumentException("bytes < 0");
		}
		budget.set(bytes);
	}

	/** Disarms a pending {@link #cutAfter}. */
	public void disarm() {
		budget.set(Long.MAX_VALUE);
	}

	/** Cuts every open connection now. */
	public void cutAll() {
		for (Link link : links) {
			link.cut();
		}
	}

	/** While true, new connections are reset as soon as they are accepted ("server down"). */
	public void refuseNew(boolean refuse) {
		this.refuse = refuse;
	}

	/** Connections accepted so far (also the refused ones). */
	public int accepted() {
		return accepted.get();
	}

	/** Connections cut so far (by {@link #cutAfter} or {@link #cutAll}; not the refused ones). */
	public int cuts() {
		return cuts.get();
	}

	/** Bytes forwarded so far (both directions, all connections together). */
	public long forwarded() {
		return forwarded.get();
	}

	/** Waits until at least {@code n} cuts happened; false on timeout. */
	public boolean awaitCuts(int n, long timeout, TimeUnit unit) throws InterruptedException {
		long end = System.nanoTime() + unit.toNanos(timeout);
		synchronized (cuts) {
			while (cuts.get() < n) {
				long left = end - System.nanoTime();
				if (left <= 0) {
					return false;
				}
				TimeUnit.NANOSECONDS.timedWait(cuts, left);
			}
		}
		return true;
	}

	@Override
	public void close() {
		closed = true;
		try {
			listener.close();
		} catch (IOException e) {
			// closing anyway
		}
		for (Link link : links) {
			link.close(false);
		}
	}

	private void acceptLoop() {
		while (!closed) {
			Socket client;
			try {
				client = listener.accept();
			} catch (IOException e) {
				if (closed) {
					return;
				}
				continue;
			}
			accepted.incrementAndGet();
			if (refuse) {
				reset(client);
				continue;
			}
			Socket server = new Socket();
			try {
				server.connect(target, 10_000);
			} catch (IOException e) {
				reset(client);
				closeQuietly(server);
				continue;
			}
			Link link = new Link(client, server);
			links.add(link);
			link.start();
		}
	}

	private static void reset(Socket socket) {
		try {
			socket.setSoLinger(true, 0);
		} catch (SocketException e) {
			// closed already
		}
		closeQuietly(socket);
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		} catch (IOException e) {
			// closing anyway
		}
	}

	/** One proxied connection: two pumps. */
	private final class Link {
		private final Socket client;
		private final Socket server;
		private final AtomicInteger pumpsLeft = new AtomicInteger(2);
		private volatile boolean done;

		Link(Socket client, Socket server) {
			this.client = client;
			this.server = server;
		}

		void start() {
			pump(client, server, "up");
			pump(server, client, "down");
		}

		private void pump(Socket from, Socket to, String direction) {
			Thread t = new Thread(() -> {
				byte[] buffer = new byte[16 * 1024];
				// not try-with-resources: closing a socket's stream closes the socket, and the
				// other direction may still be running after this one reached its end
				try {
					InputStream in = from.getInputStream();
					OutputStream out = to.getOutputStream();
					int n;
					while ((n = in.read(buffer)) >= 0) {
						int allowed = take(n);
						if (allowed > 0) {
							out.write(buffer, 0, allowed);
							out.flush();
							forwarded.addAndGet(allowed);
						}
						if (allowed < n) {
							cut();
							return;
						}
					}
					// orderly end of stream: pass it on
					to.shutdownOutput();
				} catch (IOException | UncheckedIOException e) {
					// the other pump or a cut closed the sockets
				} finally {
					if (pumpsLeft.decrementAndGet() == 0) {
						close(false);
					}
				}
			}, "dropping-proxy-" + port() + "-" + direction);
			t.setDaemon(true);
			t.start();
		}

		/** How many of {@code n} bytes may pass before the armed cut. */
		private int take(int n) {
			while (true) {
				long left = budget.get();
				if (left == Long.MAX_VALUE) {
					return n;
				}
				long allowed = Math.min(left, n);
				long rest = left - allowed;
				// a cut consumes the arming: the next connection passes again
				long next = allowed < n ? Long.MAX_VALUE : rest;
				if (budget.compareAndSet(left, next)) {
					return (int) allowed;
				}
			}
		}

		void cut() {
			close(true);
		}

		void close(boolean cut) {
			synchronized (this) {
				if (done) {
					return;
				}
				done = true;
			}
			links.remove(this);
			if (cut) {
				reset(client);
				reset(server);
				synchronized (cuts) {
					cuts.incrementAndGet();
					cuts.notifyAll();
				}
			} else {
				closeQuietly(client);
				closeQuietly(server);
			}
		}
	}
}
