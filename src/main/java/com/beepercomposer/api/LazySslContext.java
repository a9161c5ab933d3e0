package com.beepercomposer.api;

import java.security.GeneralSecurityException;
import java.security.KeyManagementException;
import java.security.SecureRandom;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * The JDK's default TLS context, made the first time TLS is used. {@code java.net.http} builds
 * its client's TLS context eagerly (about 440 classes and the CA certificates, a few hundred ms
 * at start-up), while a client of a plain-http server (Beeper Desktop on the loopback, the
 * sandbox) never uses it. Given with {@link #PARAMETERS}, which leaves the engine's defaults in
 * place, an https connection still gets exactly the default context and its defaults.
 */
final class LazySslContext extends SSLContext {
    /** No protocol or cipher choice of its own: the default context's engine keeps its defaults. */
    static final SSLParameters PARAMETERS = new SSLParameters();

    private final Spi spi;

    LazySslContext() {
        this(new Spi());
    }

    private LazySslContext(Spi spi) {
        super(spi, null, "Default");
        this.spi = spi;
    }

    /** Whether TLS has been used, so the default context was made. */
    boolean used() {
        return spi.real != null;
    }

    private static final class Spi extends SSLContextSpi {
        private volatile SSLContext real;

        private synchronized SSLContext real() {
            if (real == null) {
                try {
                    real = SSLContext.getDefault();
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException("No default TLS context", e);
                }
            }
            return real;
        }

        @Override
        protected void engineInit(KeyManager[] keys, TrustManager[] trust, SecureRandom random)
                throws KeyManagementException {
            throw new KeyManagementException("The default context is initialised by the JDK");
        }

        @Override
        protected SSLSocketFactory engineGetSocketFactory() {
            return real().getSocketFactory();
        }

        @Override
        protected SSLServerSocketFactory engineGetServerSocketFactory() {
            return real().getServerSocketFactory();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine() {
            return real().createSSLEngine();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine(String host, int port) {
            return real().createSSLEngine(host, port);
        }

        @Override
        protected SSLSessionContext engineGetServerSessionContext() {
            return real().getServerSessionContext();
        }

        @Override
        protected SSLSessionContext engineGetClientSessionContext() {
            return real().getClientSessionContext();
        }

        @Override
        protected SSLParameters engineGetDefaultSSLParameters() {
            return real().getDefaultSSLParameters();
        }

        @Override
        protected SSLParameters engineGetSupportedSSLParameters() {
            return real().getSupportedSSLParameters();
        }
    }
}
