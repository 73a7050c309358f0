package space.ocsat.fsw.transport;

import java.nio.ByteBuffer;
import space.ocsat.fsw.cmd.CommandInbox;
import space.ocsat.fsw.downlink.Downlink;
import space.ocsat.fsw.downlink.DownlinkPort;
import space.ocsat.hal.remote.LinkState;
import space.ocsat.hal.remote.RemoteHal;

/**
 * The ground link a HIL rig simulates, for a flight software with no broker of its own: telemetry rides each cycle's
 * ACTUATORS frame to the simulator's ground station, and the ground's acknowledgements and telecommands ride the
 * SENSORS frames back. In lockstep the simulator sequences both exactly as its in-process ground does (frames offered
 * during a cycle, acknowledgements and uplinks delivered before the next), which is what makes a bridged run's
 * telemetry archive byte-identical to an in-process one. Control thread only; never blocks or allocates.
 */
public final class RigLink implements DownlinkPort {
    private final RemoteHal hal;

    public RigLink(RemoteHal hal) {
        this.hal = hal;
    }

    @Override
    public boolean up() {
        return hal.link().up();
    }

    @Override
    public boolean offer(int stream, long sequence, ByteBuffer frame, boolean replay) {
        return hal.offerDownlink(stream, sequence, frame, replay);
    }

    /**
     * Before a cycle: hands the acknowledgements of the frame just taken to the recorder and its telecommands to the
     * inbox, once.
     *
     * @param nowNs the cycle's time (acknowledgements are stamped with it)
     */
    public void deliver(Downlink downlink, CommandInbox inbox, long nowNs) {
        LinkState link = hal.link();
        for (int i = 0; i < link.acks(); i++) {
            downlink.acknowledge(link.ackStream(i), link.ackUpTo(i), nowNs);
        }
        for (int i = 0; i < link.uplinks(); i++) {
            inbox.offer(link.uplinkBytes(), link.uplinkOffset(i), link.uplinkLength(i));
        }
        link.clear();
    }
}
