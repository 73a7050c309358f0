package space.ocsat.fsw.transport;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.ssl.SSLSocketFactory;

/** TLS sockets with Nagle's algorithm off (see {@link NoDelaySocketFactory}), over a configured TLS context. */
final class NoDelaySslSocketFactory extends SSLSocketFactory {
    private final SSLSocketFactory tls;

    NoDelaySslSocketFactory(SSLSocketFactory tls) {
        this.tls = tls;
    }

    private static Socket noDelay(Socket socket) throws IOException {
        socket.setTcpNoDelay(true);
        return socket;
    }

    @Override public String[] getDefaultCipherSuites() { return tls.getDefaultCipherSuites(); }
    @Override public String[] getSupportedCipherSuites() { return tls.getSupportedCipherSuites(); }

    @Override
    public Socket createSocket() throws IOException {
        return noDelay(tls.createSocket());
    }

    @Override
    public Socket createSocket(Socket s, String host, int port, boolean autoClose) throws IOException {
        return noDelay(tls.createSocket(s, host, port, autoClose));
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return noDelay(tls.createSocket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return noDelay(tls.createSocket(host, port, localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return noDelay(tls.createSocket(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
        return noDelay(tls.createSocket(address, port, localAddress, localPort));
    }
}
