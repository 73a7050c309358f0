package space.ocsat.sim.broker;

import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Properties;

/**
 * The embedded MQTT broker of a live run: Moquette (MQTT 3.1.1, small and quick to start; DESIGN.md §8
 * and docs/ARCHITECTURE.md say why) on 127.0.0.1 and a free port, in memory, phone-home telemetry off.
 * Production and CI interop use Mosquitto through {@code --broker}.
 */
public final class EmbeddedBroker implements AutoCloseable {
    private final Server server = new Server();
    private final int port;

    private EmbeddedBroker(int port) {
        this.port = port;
    }

    /** Starts a broker on 127.0.0.1 and a free port. */
    public static EmbeddedBroker start() throws IOException {
        return start(freePort());
    }

    /** @return a TCP port free on 127.0.0.1 just now */
    public static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    /** Starts a broker on 127.0.0.1 and the given port. */
    public static EmbeddedBroker start(int port) throws IOException {
        EmbeddedBroker broker = new EmbeddedBroker(port);
        Properties p = new Properties();
        p.setProperty("host", "127.0.0.1");
        p.setProperty("port", Integer.toString(port));
        p.setProperty("websocket_port", "disabled");
        p.setProperty("allow_anonymous", "true");
        p.setProperty("persistence_enabled", "false");
        p.setProperty("telemetry_enabled", "false");
        p.setProperty("netty.mqtt.message_size", "65536");
        broker.server.startServer(new MemoryConfig(p));
        return broker;
    }

    /** @return the broker's URL, e.g. {@code tcp://127.0.0.1:41234} */
    public String url() {
        return "tcp://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        server.stopServer();
    }
}
