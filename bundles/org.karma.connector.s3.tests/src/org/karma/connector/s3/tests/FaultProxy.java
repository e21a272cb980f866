package org.karma.connector.s3.tests;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * An HTTP/1.1 relay in front of S3Proxy. It reads each request head the client sends (then
 * relays the head and exactly Content-Length body bytes), so it can:
 * <ul>
 * <li>answer the next {@link #failNext(int)} new connections with {@code 503 Slow Down} and
 * {@code Retry-After: 1} (S3's throttling answer) and close them;</li>
 * <li>answer the next {@link #throttleNext(int, int, int)} requests with 429 or 503 and a
 * {@code Retry-After} header;</li>
 * <li>cut the connection (close both sides without an answer) on every request that
 * {@link #cutWhen(Predicate)} matches, as a killed network or process would;</li>
 * <li>record every request line it relayed ({@link #requests()}), e.g. to count UploadPart or
 * DeleteObjects calls.</li>
 * </ul>
 */
final class FaultProxy implements AutoCloseable {

	private final ServerSocket listener;
	private final int target;
	private final AtomicInteger failures = new AtomicInteger();
	final AtomicInteger failed = new AtomicInteger();
	private final AtomicInteger throttles = new AtomicInteger();
	private volatile int throttleStatus = 503;
	private volatile int retryAfter = 1;
	/** Request lines answered with 429/503 by {@link #throttleNext}, with the time of the answer. */
	final List<Long> throttledAt = new CopyOnWriteArrayList<>();
	private volatile Predicate<String> cut = line -> false;
	final AtomicInteger cuts = new AtomicInteger();
	private final List<String> requests = new CopyOnWriteArrayList<>();
	private volatile Predicate<String> delay = line -> false;
	private volatile long delayMillis;
	/** When each request held by {@link #delayWhen} arrived (System.nanoTime()). */
	final List<Long> delayedAt = new CopyOnWriteArrayList<>();
	private final List<Socket> relayed = new ArrayList<>();

	FaultProxy(int target) throws IOException {
		this.target = target;
		this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread accept = new Thread(this::acceptLoop, "s3-fault-proxy");
		accept.setDaemon(true);
		accept.start();
	}

	String endpoint() {
		return "http://127.0.0.1:" + listener.getLocalPort();
	}

	/** Fails the next n connections; relayed connections are cut, so that kept-alive ones are not reused. */
	void failNext(int n) {
		failures.set(n);
		closeRelayed();
	}

	/** Answers the next n requests with this status (429 or 503) and {@code Retry-After: seconds}. */
	void throttleNext(int n, int status, int seconds) {
		throttleStatus = status;
		retryAfter = seconds;
		throttledAt.clear();
		throttles.set(n);
	}

	/** Cuts every request whose request line ("PUT /bucket/key?partNumber=3&uploadId=… HTTP/1.1") matches. */
	void cutWhen(Predicate<String> requestLine) {
		cut = requestLine;
	}

	/**
	 * Holds every request whose request line matches for {@code millis} before relaying it, as a
	 * distant server would; records when each arrived ({@link #delayedAt}).
	 */
	void delayWhen(Predicate<String> requestLine, long millis) {
		delayedAt.clear();
		delay = requestLine;
		delayMillis = millis;
	}

	/** Request lines relayed to the server since the last {@link #clearRequests()}. */
	List<String> requests() {
		return List.copyOf(requests);
	}

	void clearRequests() {
		requests.clear();
	}

	/** How many relayed requests match. */
	long count(Predicate<String> requestLine) {
		return requests.stream().filter(requestLine).count();
	}

	private void closeRelayed() {
		synchronized (relayed) {
			for (Socket socket : relayed) {
				closeQuietly(socket);
			}
			relayed.clear();
		}
	}

	private void acceptLoop() {
		while (!listener.isClosed()) {
			try {
				Socket client = listener.accept();
				if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
					failed.incrementAndGet();
					Thread t = new Thread(() -> {
						try (client) {
							BufferedInputStream in = new BufferedInputStream(client.getInputStream());
							if (readHead(in) != null) {
								answer(client.getOutputStream(), 503, "Slow Down", "SlowDown", 1);
							}
						} catch (IOException e) {
							// the client went away
						}
					}, "s3-fault-proxy-503");
					t.setDaemon(true);
					t.start();
				} else {
					Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
					synchronized (relayed) {
						relayed.add(client);
						relayed.add(server);
					}
					requests(client, server);
					pipe(server, client);
				}
			} catch (IOException e) {
				// closed, or one connection failed
			}
		}
	}

	/** The bytes of a request head up to and with the empty line; null at the end of the stream. */
	private static byte[] readHead(InputStream in) throws IOException {
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		int state = 0;
		while (state < 4) {
			int b = in.read();
			if (b < 0) {
				return null;
			}
			head.write(b);
			state = (b == '\r' && (state == 0 || state == 2)) || (b == '\n' && (state == 1 || state == 3)) ? state + 1 : 0;
		}
		return head.toByteArray();
	}

	private static void answer(OutputStream out, int status, String text, String code, int retryAfter) throws IOException {
		String body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + code + "</Code>"
				+ "<Message>Please reduce your request rate.</Message></Error>";
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		out.write(("HTTP/1.1 " + status + " " + text + "\r\nRetry-After: " + retryAfter
				+ "\r\nContent-Type: application/xml\r\nContent-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
		out.write(bytes);
		out.flush();
	}

	/** Relays client to server request by request. */
	private void requests(Socket client, Socket server) {
		Thread t = new Thread(() -> {
			try {
				BufferedInputStream in = new BufferedInputStream(client.getInputStream());
				OutputStream out = server.getOutputStream();
				byte[] head;
				while ((head = readHead(in)) != null) {
					String text = new String(head, StandardCharsets.ISO_8859_1);
					String line = text.substring(0, text.indexOf("\r\n"));
					long length = 0;
					boolean chunked = false;
					boolean expectContinue = false;
					for (String header : text.split("\r\n")) {
						String lower = header.toLowerCase(Locale.ROOT);
						if (lower.startsWith("content-length:")) {
							length = Long.parseLong(header.substring(15).trim());
						} else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
							chunked = true;
						} else if (lower.startsWith("expect:") && lower.contains("100-continue")) {
							expectContinue = true;
						}
					}
					if (cut.test(line)) {
						cuts.incrementAndGet();
						closeQuietly(client);
						closeQuietly(server);
						return;
					}
					if (throttles.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
						if (!expectContinue) {
							in.skipNBytes(length); // read the body, so that closing does not reset the answer
						}
						throttledAt.add(System.nanoTime());
						int status = throttleStatus;
						answer(client.getOutputStream(), status, status == 429 ? "Too Many Requests" : "Slow Down",
								status == 429 ? "TooManyRequests" : "SlowDown", retryAfter);
						closeQuietly(client);
						closeQuietly(server);
						return;
					}
					requests.add(line);
					if (delay.test(line)) {
						delayedAt.add(System.nanoTime());
						try {
							Thread.sleep(delayMillis);
						} catch (InterruptedException e) {
							Thread.currentThread().interrupt();
							return;
						}
					}
					out.write(head);
					if (chunked) {
						in.transferTo(out); // not parsed further: relayed as it comes
						break;
					}
					copy(in, out, length);
					out.flush();
				}
			} catch (IOException | RuntimeException e) {
				// one side closed
			} finally {
				try {
					server.shutdownOutput();
				} catch (IOException e) {
					// already closed
				}
			}
		}, "s3-fault-proxy-requests");
		t.setDaemon(true);
		t.start();
	}

	private static void copy(InputStream in, OutputStream out, long length) throws IOException {
		byte[] buffer = new byte[1 << 16];
		for (long left = length; left > 0;) {
			int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
			if (n < 0) {
				throw new IOException("the client ended the body early");
			}
			out.write(buffer, 0, n);
			left -= n;
		}
	}

	private static void pipe(Socket from, Socket to) {
		Thread t = new Thread(() -> {
			try {
				from.getInputStream().transferTo(to.getOutputStream());
			} catch (IOException e) {
				// one side closed
			} finally {
				try {
					to.shutdownOutput();
				} catch (IOException e) {
					// already closed
				}
			}
		}, "s3-fault-proxy-pipe");
		t.setDaemon(true);
		t.start();
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		} catch (IOException e) {
			// already closed
		}
	}

	@Override
	public void close() throws IOException {
		listener.close();
		closeRelayed();
	}
}
