package space.ocsat.fsw.transport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;

/**
 * How an ocsat MQTT client authenticates to the broker and protects the connection: an optional user name and
 * password (read from a file, never from the command line), and for {@code ssl://} brokers TLS, trusting either the
 * CA certificate given (PEM) or the JVM's default trust store, with host name verification. Every socket has Nagle's
 * algorithm off ({@link NoDelaySocketFactory}).
 */
public final class MqttSecurity {
    /** Anonymous, and TLS with the default trust store if the URI asks for it. */
    public static final MqttSecurity NONE = new MqttSecurity(null, null, null);

    private final String username;
    private final char[] password;
    private final Path caFile;

    private MqttSecurity(String username, char[] password, Path caFile) {
        this.username = username;
        this.password = password;
        this.caFile = caFile;
    }

    /**
     * @param username     user name, or null for anonymous
     * @param passwordFile file whose first line is the password, or null for none
     * @param caFile       PEM file of the CA the broker's certificate must chain to, or null for the JVM's trust store
     * @throws IOException              if the password file cannot be read
     * @throws IllegalArgumentException for a password without a user name
     */
    public static MqttSecurity of(String username, Path passwordFile, Path caFile) throws IOException {
        if (passwordFile != null && username == null) {
            throw new IllegalArgumentException("a password file needs a user name (--mqtt-user)");
        }
        char[] password = null;
        if (passwordFile != null) {
            String first = Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("");
            password = first.strip().toCharArray();
        }
        return new MqttSecurity(username, password, caFile);
    }

    /**
     * Sets the credentials and the socket factory on connect options for this broker.
     *
     * @throws IllegalArgumentException if TLS cannot be set up (unreadable or invalid CA file)
     */
    public MqttConnectOptions applyTo(MqttConnectOptions options, String brokerUri) {
        if (username != null) {
            options.setUserName(username);
        }
        if (password != null) {
            options.setPassword(password.clone());
        }
        if (brokerUri.startsWith("ssl://")) {
            options.setSocketFactory(new NoDelaySslSocketFactory(tls()));
            options.setHttpsHostnameVerificationEnabled(true);
        } else {
            options.setSocketFactory(new NoDelaySocketFactory());
        }
        return options;
    }

    private SSLSocketFactory tls() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            if (caFile == null) {
                context.init(null, null, null);
            } else {
                KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
                trust.load(null, null);
                try (InputStream in = Files.newInputStream(caFile)) {
                    int n = 0;
                    for (Certificate ca : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                        trust.setCertificateEntry("ca-" + n++, ca);
                    }
                    if (n == 0) {
                        throw new IllegalArgumentException(caFile + ": no certificate in it");
                    }
                }
                TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                tmf.init(trust);
                context.init(null, tmf.getTrustManagers(), null);
            }
            return context.getSocketFactory();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("TLS with CA " + (caFile == null ? "(JVM default)" : caFile) + ": "
                    + e.getMessage(), e);
        }
    }
}
