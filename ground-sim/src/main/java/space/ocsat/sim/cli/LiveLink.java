package space.ocsat.sim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import space.ocsat.fsw.FlightSoftware;
import space.ocsat.fsw.transport.MqttSecurity;
import space.ocsat.fsw.transport.MqttTransportDriver;
import space.ocsat.fsw.downlink.DownlinkPort;
import space.ocsat.sim.broker.EmbeddedBroker;

/**
 * The ground link of a live run: an embedded broker (unless an external one is given), the flight
 * software's MQTT transport on it, and {@code session.json} in the run folder so the ops console can
 * attach ({@code ./ocsat ops --session runs/latest …}).
 */
final class LiveLink implements AutoCloseable {
    private final EmbeddedBroker broker;
    private final String url;
    private final Path runDir;
    private final Path keyFile;
    private static final long READY_TIMEOUT_MS = 15_000;
    private MqttTransportDriver transport;

    private LiveLink(EmbeddedBroker broker, String url, Path runDir, Path keyFile) {
        this.broker = broker;
        this.url = url;
        this.runDir = runDir;
        this.keyFile = keyFile;
    }

    static LiveLink open(String externalUrl, Path runDir, Path keyFile, PrintWriter console) throws IOException {
        EmbeddedBroker broker = externalUrl == null ? EmbeddedBroker.start() : null;
        String url = broker != null ? broker.url() : externalUrl;
        console.println("ocsat run: " + (broker != null ? "embedded MQTT broker at " : "MQTT broker ") + url);
        return new LiveLink(broker, url, runDir, keyFile != null ? keyFile : runDir.resolve(Keys.DEV_KEY_FILE));
    }

    /**
     * Connects the flight software to the broker and, once it listens for commands, writes session.json
     * (so a console attaching through it never sends into the void).
     *
     * @return the live downlink
     */
    DownlinkPort attach(FlightSoftware fsw, long satelliteId, MqttSecurity security, PrintWriter console)
            throws IOException, InterruptedException {
        transport = new MqttTransportDriver(url, satelliteId, fsw.commanding().inbox(), security).start();
        fsw.housekeeping().setDownlinkDropCounter(transport::framesDropped);
        if (!transport.awaitReady(READY_TIMEOUT_MS)) {
            console.println("ocsat run: broker " + url + " not reachable yet; the link keeps retrying");
        }
        String json = "{\n"
                + "  \"brokerUrl\": \"" + url + "\",\n"
                + "  \"satellites\": [" + satelliteId + "],\n"
                + "  \"keyFile\": \"" + keyFile.toAbsolutePath().toString().replace("\\", "\\\\") + "\"\n"
                + "}\n";
        Files.writeString(runDir.resolve("session.json"), json);
        return transport.port();
    }

    @Override
    public void close() throws InterruptedException {
        if (transport != null) {
            transport.close();
        }
        if (broker != null) {
            broker.close();
        }
    }
}
