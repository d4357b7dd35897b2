package io.github.camelhrflow.support;

import java.io.InputStream;
import java.security.KeyStore;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;

/**
 * The committed self-signed test certificate (CN=localhost, SAN IP:127.0.0.1 and DNS:localhost, valid 2020-2119):
 * {@code tls/localhost.p12} holds its key for the server, {@code tls/localhost-truststore.p12} only the certificate
 * for clients. Committed files rather than keytool at test time, so CI needs no JDK tool on the PATH.
 */
public final class TestTls {

    public static final String KEYSTORE = "tls/localhost.p12";
    public static final String TRUSTSTORE = "tls/localhost-truststore.p12";
    public static final String PASSWORD = "changeit";

    private TestTls() {
    }

    /** The server side: presents the self-signed certificate. */
    public static SSLContext serverContext() throws Exception {
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = TestTls.class.getResourceAsStream("/" + KEYSTORE)) {
            keyStore.load(in, PASSWORD.toCharArray());
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(keyStore, PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }

    /** The client side, the way a Camel user writes it: trust exactly the test certificate. */
    public static SSLContextParameters trustingTestCertificate() {
        KeyStoreParameters truststore = new KeyStoreParameters();
        truststore.setResource("classpath:" + TRUSTSTORE);
        truststore.setType("PKCS12");
        truststore.setPassword(PASSWORD);
        TrustManagersParameters trustManagers = new TrustManagersParameters();
        trustManagers.setKeyStore(truststore);
        SSLContextParameters parameters = new SSLContextParameters();
        parameters.setTrustManagers(trustManagers);
        return parameters;
    }
}
