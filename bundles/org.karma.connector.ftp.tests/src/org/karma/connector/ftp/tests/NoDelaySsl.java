package org.karma.connector.ftp.tests;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.security.GeneralSecurityException;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;

import org.apache.ftpserver.ssl.ClientAuth;
import org.apache.ftpserver.ssl.SslConfiguration;

/**
 * FtpServer's TLS configuration with TCP_NODELAY on the data connections it wraps in TLS
 * (FtpServer leaves Nagle on: the TLS handshake of every data connection then waits for
 * delayed ACKs; 110 ms per transfer instead of 80 on loopback).
 */
final class NoDelaySsl implements SslConfiguration {

	private final SslConfiguration delegate;

	NoDelaySsl(SslConfiguration delegate) {
		this.delegate = delegate;
	}

	@Override
	public SSLSocketFactory getSocketFactory() throws GeneralSecurityException {
		SSLSocketFactory f = delegate.getSocketFactory();
		return new SSLSocketFactory() {
			@Override
			public String[] getDefaultCipherSuites() {
				return f.getDefaultCipherSuites();
			}

			@Override
			public String[] getSupportedCipherSuites() {
				return f.getSupportedCipherSuites();
			}

			@Override
			public Socket createSocket(Socket s, String host, int port, boolean autoClose) throws IOException {
				s.setTcpNoDelay(true);
				return f.createSocket(s, host, port, autoClose);
			}

			@Override
			public Socket createSocket(String host, int port) throws IOException {
				return noDelay(f.createSocket(host, port));
			}

			@Override
			public Socket createSocket(String host, int port, InetAddress local, int localPort) throws IOException {
				return noDelay(f.createSocket(host, port, local, localPort));
			}

			@Override
			public Socket createSocket(InetAddress host, int port) throws IOException {
				return noDelay(f.createSocket(host, port));
			}

			@Override
			public Socket createSocket(InetAddress host, int port, InetAddress local, int localPort) throws IOException {
				return noDelay(f.createSocket(host, port, local, localPort));
			}
		};
	}

	private static Socket noDelay(Socket s) throws IOException {
		s.setTcpNoDelay(true);
		return s;
	}

	@Override
	public SSLContext getSSLContext() throws GeneralSecurityException {
		return delegate.getSSLContext();
	}

	@Override
	public SSLContext getSSLContext(String protocol) throws GeneralSecurityException {
		return delegate.getSSLContext(protocol);
	}

	@Override
	public String[] getEnabledCipherSuites() {
		return delegate.getEnabledCipherSuites();
	}

	@Override
	public String getEnabledProtocol() {
		return delegate.getEnabledProtocol();
	}

	@Override
	public String[] getEnabledProtocols() {
		return delegate.getEnabledProtocols();
	}

	@Override
	public ClientAuth getClientAuth() {
		return delegate.getClientAuth();
	}
}
