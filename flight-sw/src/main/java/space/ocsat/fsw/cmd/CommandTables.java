package space.ocsat.fsw.cmd;

import space.ocsat.wire.AcknowledgeTelemetry;
import space.ocsat.wire.Arm;
import space.ocsat.wire.CancelScheduled;
import space.ocsat.wire.ResetFault;
import space.ocsat.wire.SetGpuPower;
import space.ocsat.wire.SetGpuPowerCap;
import space.ocsat.wire.SetHeater;
import space.ocsat.wire.SetHousekeepingRate;
import space.ocsat.wire.SetMode;
import space.ocsat.wire.SetMonitorEnabled;
import space.ocsat.wire.SetThermalLimits;

/**
 * One reusable accessor per command table, shared by the validator and the dispatcher (both on the
 * control thread, one command at a time; every use re-reads its table from the body), so decoding
 * a command allocates nothing.
 */
final class CommandTables {
    final SetMode setMode = new SetMode();
    final SetGpuPowerCap setCap = new SetGpuPowerCap();
    final SetGpuPower setPower = new SetGpuPower();
    final SetHeater setHeater = new SetHeater();
    final SetThermalLimits limits = new SetThermalLimits();
    final SetHousekeepingRate rate = new SetHousekeepingRate();
    final SetMonitorEnabled monitor = new SetMonitorEnabled();
    final ResetFault reset = new ResetFault();
    final Arm arm = new Arm();
    final CancelScheduled cancel = new CancelScheduled();
    final AcknowledgeTelemetry ackTm = new AcknowledgeTelemetry();
    final space.ocsat.wire.RotateKey rotate = new space.ocsat.wire.RotateKey();
    final space.ocsat.wire.TerminalHandoff handoff = new space.ocsat.wire.TerminalHandoff();
    final space.ocsat.wire.SetParameter setParameter = new space.ocsat.wire.SetParameter();
    final space.ocsat.wire.LoadParameterTable loadTable = new space.ocsat.wire.LoadParameterTable();
    final space.ocsat.wire.DumpParameterTable dumpTable = new space.ocsat.wire.DumpParameterTable();
    final space.ocsat.wire.LoadMonitorTable monitorTable = new space.ocsat.wire.LoadMonitorTable();
    /** The values of {@link #loadTable} as the parameter table reads them. */
    final space.ocsat.fsw.params.ParameterTable.Values loadValues = new space.ocsat.fsw.params.ParameterTable.Values() {
        @Override
        public int length() {
            return loadTable.valuesLength();
        }

        @Override
        public double value(int i) {
            return loadTable.values(i);
        }
    };
}
