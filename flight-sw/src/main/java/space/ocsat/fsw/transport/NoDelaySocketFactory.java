package space.ocsat.fsw.transport;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.SocketFactory;

/**
 * Plain TCP sockets with Nagle's algorithm off. Paho leaves it on, and then a small MQTT packet written while the
 * previous one is unacknowledged waits for the peer's delayed ACK (40 ms on Linux): command acknowledgements took
 * 40–100 ms instead of about one. Every MQTT client of ocsat connects through this.
 */
public final class NoDelaySocketFactory extends SocketFactory {
    private static final SocketFactory PLAIN = SocketFactory.getDefault();

    private static Socket noDelay(Socket socket) throws IOException {
        socket.setTcpNoDelay(true);
        return socket;
    }

    @Override
    public Socket createSocket() throws IOException {
        return noDelay(PLAIN.createSocket());
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return noDelay(PLAIN.createSocket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return noDelay(PLAIN.createSocket(host, port, localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return noDelay(PLAIN.createSocket(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
        return noDelay(PLAIN.createSocket(address, port, localAddress, localPort));
    }
}
