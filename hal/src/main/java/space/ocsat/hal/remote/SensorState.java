package space.ocsat.hal.remote;

import com.google.flatbuffers.FlatBufferBuilder;
import space.ocsat.hal.DeviceStatus;
import space.ocsat.hal.Hal;
import space.ocsat.hal.adcs.PointingMode;
import space.ocsat.hal.optical.TerminalState;
import space.ocsat.hal.wire.Sensors;

/**
 * Every reading of every device at one tick, in primitive arrays sized once from the {@link Layout}: what a SENSORS
 * frame carries. Both ends use it: the simulator {@link #sample samples} its HAL into it and {@link #encode encodes}
 * it; the flight software's binding {@link #decode decodes} a frame into it and its devices read from it. One class
 * for both directions, so a reading cannot be carried one way and read another. Statuses and states are kept as
 * enum ordinals. Sampling, encoding and decoding do not allocate.
 */
public final class SensorState {
    private static final DeviceStatus[] STATUSES = DeviceStatus.values();
    private static final TerminalState[] TERMINAL_STATES = TerminalState.values();
    private static final PointingMode[] POINTING_MODES = PointingMode.values();

    final Layout layout;

    final double[] stringCurrentA;
    final double[] stringVoltageV;
    final byte[] stringStatus;
    double arrayTempK;

    double batteryVoltageV;
    double batteryCurrentA;
    double batteryTempK;
    double chargeLimitA;
    double endOfChargeV;
    double maxCellV;
    byte batteryStatus;

    final boolean[] channelOn;
    /** The channels' switches as the frame reported them (channelOn may be changed by commands in the cycle). */
    private final boolean[] channelAtFrame;
    final double[] channelCurrentA;
    double busVoltageV;
    double loadCurrentA;
    double shuntCurrentA;

    final double[] unitTempK;
    final byte[] unitStatus;
    final boolean[] heaterOn;

    boolean pumpOn;
    double flowKgPerS;
    double inletTempK;
    byte inletStatus;
    final double[] outletTempK;
    final byte[] outletStatus;

    /** Zone by zone: index zone × sensors per zone + sensor. */
    final double[] radiatorTempK;
    final byte[] radiatorStatus;

    final double[] quaternion = new double[4];
    byte pointingMode;
    boolean settled;
    byte attitudeStatus;
    final double[] driveAngleRad;
    final double[] driveCommandedRad;
    final byte[] driveStatus;

    final boolean[] gpuPowered;
    final double[] gpuPowerW;
    final double[] gpuDieTempK;
    final double[] gpuUtilization;
    final double[] gpuCapW;
    final boolean[] gpuDrained;
    final long[] gpuEccErrors;
    final boolean[] gpuHung;
    final byte[] gpuStatus;

    final byte[] terminalState;
    final int[] terminalPartner;
    final double[] terminalAzimuthRad;
    final double[] terminalElevationRad;
    final double[] terminalPointingErrorRad;
    final double[] terminalReceivedDbm;
    final double[] terminalRateBps;
    final double[] terminalMarginDb;
    final double[] terminalPowerW;
    final byte[] terminalStatus;

    final double[] positionM = new double[3];
    final double[] velocityMps = new double[3];
    final double[] sunDirection = new double[3];
    long gnssTimeUnixNs;
    byte navStatus;

    private final int[] linkVectors = new int[2];

    /** Sizes every array from the layout. */
    public SensorState(Layout layout) {
        this.layout = layout;
        stringCurrentA = new double[layout.solarStrings];
        stringVoltageV = new double[layout.solarStrings];
        stringStatus = new byte[layout.solarStrings];
        channelOn = new boolean[layout.pduChannels];
        channelAtFrame = new boolean[layout.pduChannels];
        channelCurrentA = new double[layout.pduChannels];
        unitTempK = new double[layout.unitSensors];
        unitStatus = new byte[layout.unitSensors];
        heaterOn = new boolean[layout.heaters()];
        outletTempK = new double[layout.outletSensors];
        outletStatus = new byte[layout.outletSensors];
        radiatorTempK = new double[layout.radiatorSensors()];
        radiatorStatus = new byte[layout.radiatorSensors()];
        driveAngleRad = new double[layout.drives];
        driveCommandedRad = new double[layout.drives];
        driveStatus = new byte[layout.drives];
        int g = layout.gpus;
        gpuPowered = new boolean[g];
        gpuPowerW = new double[g];
        gpuDieTempK = new double[g];
        gpuUtilization = new double[g];
        gpuCapW = new double[g];
        gpuDrained = new boolean[g];
        gpuEccErrors = new long[g];
        gpuHung = new boolean[g];
        gpuStatus = new byte[g];
        int t = layout.terminals;
        terminalState = new byte[t];
        terminalPartner = new int[t];
        terminalAzimuthRad = new double[t];
        terminalElevationRad = new double[t];
        terminalPointingErrorRad = new double[t];
        terminalReceivedDbm = new double[t];
        terminalRateBps = new double[t];
        terminalMarginDb = new double[t];
        terminalPowerW = new double[t];
        terminalStatus = new byte[t];
    }

    /** The simulator's side: reads every getter of every device once, in a fixed order. */
    public void sample(Hal hal) {
        samplePower(hal);
        sampleThermal(hal);
        sampleAdcs(hal);
        sampleCompute(hal);
        sampleOpticalAndNav(hal);
    }

    private void samplePower(Hal hal) {
        var array = hal.solarArray();
        for (int i = 0; i < stringCurrentA.length; i++) {
            stringCurrentA[i] = array.stringCurrentA(i);
            stringVoltageV[i] = array.stringVoltageV(i);
            stringStatus[i] = ordinal(array.stringStatus(i));
        }
        arrayTempK = array.arrayTempK();
        var battery = hal.battery();
        batteryVoltageV = battery.voltageV();
        batteryCurrentA = battery.currentA();
        batteryTempK = battery.tempK();
        chargeLimitA = battery.chargeCurrentLimitA();
        endOfChargeV = battery.endOfChargeVoltageV();
        maxCellV = battery.maxCellVoltageV();
        batteryStatus = ordinal(battery.status());
        var pdu = hal.power();
        for (int i = 0; i < channelOn.length; i++) {
            channelOn[i] = pdu.isChannelOn(i);
            channelCurrentA[i] = pdu.channelCurrentA(i);
        }
        busVoltageV = pdu.busVoltageV();
        loadCurrentA = pdu.loadCurrentA();
        shuntCurrentA = pdu.shuntCurrentA();
    }

    private void sampleThermal(Hal hal) {
        var sensors = hal.thermalSensors();
        for (int i = 0; i < unitTempK.length; i++) {
            unitTempK[i] = sensors.tempK(i);
            unitStatus[i] = ordinal(sensors.status(i));
        }
        for (int i = 0; i < heaterOn.length; i++) {
            heaterOn[i] = hal.heaters().isOn(i);
        }
        var loop = hal.coolant();
        pumpOn = loop.isPumpOn();
        flowKgPerS = loop.flowKgPerS();
        inletTempK = loop.inletTempK();
        inletStatus = ordinal(loop.inletStatus());
        for (int i = 0; i < outletTempK.length; i++) {
            outletTempK[i] = loop.outletTempK(i);
            outletStatus[i] = ordinal(loop.outletStatus(i));
        }
        int per = layout.radiatorSensorsPerZone;
        for (int z = 0; z < layout.radiatorZones; z++) {
            for (int s = 0; s < per; s++) {
                radiatorTempK[z * per + s] = hal.radiators().tempK(z, s);
                radiatorStatus[z * per + s] = ordinal(hal.radiators().status(z, s));
            }
        }
    }

    private void sampleAdcs(Hal hal) {
        var attitude = hal.attitude();
        for (int i = 0; i < 4; i++) {
            quaternion[i] = attitude.quaternion(i);
        }
        PointingMode mode = attitude.mode();
        pointingMode = (byte) (mode == null ? 0 : mode.ordinal());
        settled = attitude.settled();
        attitudeStatus = ordinal(attitude.status());
        var drives = hal.arrayDrives();
        for (int i = 0; i < driveAngleRad.length; i++) {
            driveAngleRad[i] = drives.angleRad(i);
            driveCommandedRad[i] = drives.commandedAngleRad(i);
            driveStatus[i] = ordinal(drives.status(i));
        }
    }

    private void sampleCompute(Hal hal) {
        var gpus = hal.gpus();
        for (int i = 0; i < gpuPowered.length; i++) {
            gpuPowered[i] = gpus.isPowered(i);
            gpuPowerW[i] = gpus.powerW(i);
            gpuDieTempK[i] = gpus.dieTempK(i);
            gpuUtilization[i] = gpus.utilization(i);
            gpuCapW[i] = gpus.powerCapW(i);
            gpuDrained[i] = gpus.isDrained(i);
            gpuEccErrors[i] = gpus.eccErrors(i);
            gpuHung[i] = gpus.isHung(i);
            gpuStatus[i] = ordinal(gpus.status(i));
        }
    }

    private void sampleOpticalAndNav(Hal hal) {
        var terminals = hal.terminals();
        for (int i = 0; i < terminalState.length; i++) {
            TerminalState state = terminals.state(i);
            terminalState[i] = (byte) (state == null ? 0 : state.ordinal());
            terminalPartner[i] = terminals.partnerId(i);
            terminalAzimuthRad[i] = terminals.pointingAzimuthRad(i);
            terminalElevationRad[i] = terminals.pointingElevationRad(i);
            terminalPointingErrorRad[i] = terminals.pointingErrorRad(i);
            terminalReceivedDbm[i] = terminals.receivedPowerDbm(i);
            terminalRateBps[i] = terminals.dataRateBps(i);
            terminalMarginDb[i] = terminals.linkMarginDb(i);
            terminalPowerW[i] = terminals.powerW(i);
            terminalStatus[i] = ordinal(terminals.status(i));
        }
        var nav = hal.navigation();
        for (int axis = 0; axis < 3; axis++) {
            positionM[axis] = nav.positionM(axis);
            velocityMps[axis] = nav.velocityMps(axis);
            sunDirection[axis] = nav.sunDirection(axis);
        }
        gnssTimeUnixNs = nav.gnssTimeUnixNs();
        navStatus = ordinal(nav.status());
    }

    private static byte ordinal(DeviceStatus s) {
        return (byte) (s == null ? 0 : s.ordinal());
    }

    /**
     * The simulator's side: writes the readings and the ground link as a SENSORS table.
     *
     * @return the table's offset
     */
    public int encode(FlatBufferBuilder b, LinkState link) {
        link.encodeVectors(b, linkVectors);
        int sCur = Sensors.createStringCurrentAVector(b, stringCurrentA);
        int sVol = Sensors.createStringVoltageVVector(b, stringVoltageV);
        int sSt = Sensors.createStringStatusVector(b, stringStatus);
        int chOn = Sensors.createChannelOnVector(b, channelOn);
        int chCur = Sensors.createChannelCurrentAVector(b, channelCurrentA);
        int uT = Sensors.createUnitTempKVector(b, unitTempK);
        int uSt = Sensors.createUnitStatusVector(b, unitStatus);
        int hOn = Sensors.createHeaterOnVector(b, heaterOn);
        int oT = Sensors.createCoolantOutletTempKVector(b, outletTempK);
        int oSt = Sensors.createCoolantOutletStatusVector(b, outletStatus);
        int rT = Sensors.createRadiatorTempKVector(b, radiatorTempK);
        int rSt = Sensors.createRadiatorStatusVector(b, radiatorStatus);
        int q = Sensors.createAttitudeQuaternionVector(b, quaternion);
        int dA = Sensors.createDriveAngleRadVector(b, driveAngleRad);
        int dC = Sensors.createDriveCommandedRadVector(b, driveCommandedRad);
        int dSt = Sensors.createDriveStatusVector(b, driveStatus);
        int gOn = Sensors.createGpuPoweredVector(b, gpuPowered);
        int gW = Sensors.createGpuPowerWVector(b, gpuPowerW);
        int gT = Sensors.createGpuDieTempKVector(b, gpuDieTempK);
        int gU = Sensors.createGpuUtilizationVector(b, gpuUtilization);
        int gCap = Sensors.createGpuCapWVector(b, gpuCapW);
        int gDr = Sensors.createGpuDrainedVector(b, gpuDrained);
        int gEcc = Sensors.createGpuEccErrorsVector(b, gpuEccErrors);
        int gHung = Sensors.createGpuHungVector(b, gpuHung);
        int gSt = Sensors.createGpuStatusVector(b, gpuStatus);
        int tS = Sensors.createTerminalStateVector(b, terminalState);
        int tP = Sensors.createTerminalPartnerVector(b, terminalPartner);
        int tAz = Sensors.createTerminalAzimuthRadVector(b, terminalAzimuthRad);
        int tEl = Sensors.createTerminalElevationRadVector(b, terminalElevationRad);
        int tErr = Sensors.createTerminalPointingErrorRadVector(b, terminalPointingErrorRad);
        int tRx = Sensors.createTerminalReceivedDbmVector(b, terminalReceivedDbm);
        int tRate = Sensors.createTerminalRateBpsVector(b, terminalRateBps);
        int tMar = Sensors.createTerminalMarginDbVector(b, terminalMarginDb);
        int tW = Sensors.createTerminalPowerWVector(b, terminalPowerW);
        int tSt = Sensors.createTerminalStatusVector(b, terminalStatus);
        int pos = Sensors.createNavPositionMVector(b, positionM);
        int vel = Sensors.createNavVelocityMpsVector(b, velocityMps);
        int sun = Sensors.createNavSunDirectionVector(b, sunDirection);

        Sensors.startSensors(b);
        Sensors.addStringCurrentA(b, sCur);
        Sensors.addStringVoltageV(b, sVol);
        Sensors.addStringStatus(b, sSt);
        Sensors.addArrayTempK(b, arrayTempK);
        Sensors.addBatteryVoltageV(b, batteryVoltageV);
        Sensors.addBatteryCurrentA(b, batteryCurrentA);
        Sensors.addBatteryTempK(b, batteryTempK);
        Sensors.addBatteryChargeLimitA(b, chargeLimitA);
        Sensors.addBatteryEndOfChargeV(b, endOfChargeV);
        Sensors.addBatteryMaxCellV(b, maxCellV);
        Sensors.addBatteryStatus(b, batteryStatus);
        Sensors.addChannelOn(b, chOn);
        Sensors.addChannelCurrentA(b, chCur);
        Sensors.addBusVoltageV(b, busVoltageV);
        Sensors.addLoadCurrentA(b, loadCurrentA);
        Sensors.addShuntCurrentA(b, shuntCurrentA);
        Sensors.addUnitTempK(b, uT);
        Sensors.addUnitStatus(b, uSt);
        Sensors.addHeaterOn(b, hOn);
        Sensors.addPumpOn(b, pumpOn);
        Sensors.addCoolantFlowKgPerS(b, flowKgPerS);
        Sensors.addCoolantInletTempK(b, inletTempK);
        Sensors.addCoolantInletStatus(b, inletStatus);
        Sensors.addCoolantOutletTempK(b, oT);
        Sensors.addCoolantOutletStatus(b, oSt);
        Sensors.addRadiatorTempK(b, rT);
        Sensors.addRadiatorStatus(b, rSt);
        Sensors.addAttitudeQuaternion(b, q);
        Sensors.addPointingMode(b, pointingMode);
        Sensors.addAttitudeSettled(b, settled);
        Sensors.addAttitudeStatus(b, attitudeStatus);
        Sensors.addDriveAngleRad(b, dA);
        Sensors.addDriveCommandedRad(b, dC);
        Sensors.addDriveStatus(b, dSt);
        Sensors.addGpuPowered(b, gOn);
        Sensors.addGpuPowerW(b, gW);
        Sensors.addGpuDieTempK(b, gT);
        Sensors.addGpuUtilization(b, gU);
        Sensors.addGpuCapW(b, gCap);
        Sensors.addGpuDrained(b, gDr);
        Sensors.addGpuEccErrors(b, gEcc);
        Sensors.addGpuHung(b, gHung);
        Sensors.addGpuStatus(b, gSt);
        Sensors.addTerminalState(b, tS);
        Sensors.addTerminalPartner(b, tP);
        Sensors.addTerminalAzimuthRad(b, tAz);
        Sensors.addTerminalElevationRad(b, tEl);
        Sensors.addTerminalPointingErrorRad(b, tErr);
        Sensors.addTerminalReceivedDbm(b, tRx);
        Sensors.addTerminalRateBps(b, tRate);
        Sensors.addTerminalMarginDb(b, tMar);
        Sensors.addTerminalPowerW(b, tW);
        Sensors.addTerminalStatus(b, tSt);
        Sensors.addNavPositionM(b, pos);
        Sensors.addNavVelocityMps(b, vel);
        Sensors.addNavSunDirection(b, sun);
        Sensors.addNavGnssTimeUnixNs(b, gnssTimeUnixNs);
        Sensors.addNavStatus(b, navStatus);
        Sensors.addLinkUp(b, link.up());
        Sensors.addAcks(b, linkVectors[0]);
        Sensors.addUplink(b, linkVectors[1]);
        return Sensors.endSensors(b);
    }

    /**
     * The flight software's side: checks a SENSORS table against the layout, then takes its readings (and the ground
     * link's). A corrupted buffer may throw halfway: decode into a state of its own and {@link #copyFrom} it once
     * whole.
     *
     * @return false if a vector's length differs from the layout's count or an ordinal is not one of its enum's
     * @throws RuntimeException (IndexOutOfBounds and kin) on a corrupted buffer: the caller catches at its boundary
     */
    boolean decode(Sensors s, LinkState link) {
        if (!shapeMatches(s)) {
            return false;
        }
        decodePower(s);
        decodeThermal(s);
        decodeAdcsAndCompute(s);
        decodeOpticalAndNav(s);
        return link.decode(s);
    }

    private boolean shapeMatches(Sensors s) {
        int n = layout.solarStrings;
        if (s.stringCurrentALength() != n || s.stringVoltageVLength() != n || s.stringStatusLength() != n) {
            return false;
        }
        n = layout.pduChannels;
        if (s.channelOnLength() != n || s.channelCurrentALength() != n) {
            return false;
        }
        if (s.unitTempKLength() != layout.unitSensors || s.unitStatusLength() != layout.unitSensors
                || s.heaterOnLength() != layout.heaters()) {
            return false;
        }
        if (s.coolantOutletTempKLength() != layout.outletSensors
                || s.coolantOutletStatusLength() != layout.outletSensors) {
            return false;
        }
        n = layout.radiatorSensors();
        if (s.radiatorTempKLength() != n || s.radiatorStatusLength() != n || s.attitudeQuaternionLength() != 4) {
            return false;
        }
        n = layout.drives;
        if (s.driveAngleRadLength() != n || s.driveCommandedRadLength() != n || s.driveStatusLength() != n) {
            return false;
        }
        n = layout.gpus;
        if (s.gpuPoweredLength() != n || s.gpuPowerWLength() != n || s.gpuDieTempKLength() != n
                || s.gpuUtilizationLength() != n || s.gpuCapWLength() != n || s.gpuDrainedLength() != n
                || s.gpuEccErrorsLength() != n || s.gpuHungLength() != n || s.gpuStatusLength() != n) {
            return false;
        }
        n = layout.terminals;
        if (s.terminalStateLength() != n || s.terminalPartnerLength() != n || s.terminalAzimuthRadLength() != n
                || s.terminalElevationRadLength() != n || s.terminalPointingErrorRadLength() != n
                || s.terminalReceivedDbmLength() != n || s.terminalRateBpsLength() != n
                || s.terminalMarginDbLength() != n || s.terminalPowerWLength() != n || s.terminalStatusLength() != n) {
            return false;
        }
        if (s.navPositionMLength() != 3 || s.navVelocityMpsLength() != 3 || s.navSunDirectionLength() != 3) {
            return false;
        }
        return ordinalsValid(s);
    }

    private boolean ordinalsValid(Sensors s) {
        int max = STATUSES.length;
        boolean ok = s.batteryStatus() < max && s.coolantInletStatus() < max && s.attitudeStatus() < max
                && s.navStatus() < max && s.pointingMode() < POINTING_MODES.length;
        for (int i = 0; ok && i < layout.solarStrings; i++) {
            ok = s.stringStatus(i) < max;
        }
        for (int i = 0; ok && i < layout.unitSensors; i++) {
            ok = s.unitStatus(i) < max;
        }
        for (int i = 0; ok && i < layout.outletSensors; i++) {
            ok = s.coolantOutletStatus(i) < max;
        }
        for (int i = 0; ok && i < layout.radiatorSensors(); i++) {
            ok = s.radiatorStatus(i) < max;
        }
        for (int i = 0; ok && i < layout.drives; i++) {
            ok = s.driveStatus(i) < max;
        }
        for (int i = 0; ok && i < layout.gpus; i++) {
            ok = s.gpuStatus(i) < max;
        }
        for (int i = 0; ok && i < layout.terminals; i++) {
            ok = s.terminalStatus(i) < max && s.terminalState(i) < TERMINAL_STATES.length;
        }
        return ok;
    }

    private void decodePower(Sensors s) {
        for (int i = 0; i < stringCurrentA.length; i++) {
            stringCurrentA[i] = s.stringCurrentA(i);
            stringVoltageV[i] = s.stringVoltageV(i);
            stringStatus[i] = (byte) s.stringStatus(i);
        }
        arrayTempK = s.arrayTempK();
        batteryVoltageV = s.batteryVoltageV();
        batteryCurrentA = s.batteryCurrentA();
        batteryTempK = s.batteryTempK();
        chargeLimitA = s.batteryChargeLimitA();
        endOfChargeV = s.batteryEndOfChargeV();
        maxCellV = s.batteryMaxCellV();
        batteryStatus = (byte) s.batteryStatus();
        for (int i = 0; i < channelOn.length; i++) {
            channelOn[i] = s.channelOn(i);
            channelAtFrame[i] = channelOn[i];
            channelCurrentA[i] = s.channelCurrentA(i);
        }
        busVoltageV = s.busVoltageV();
        loadCurrentA = s.loadCurrentA();
        shuntCurrentA = s.shuntCurrentA();
    }

    private void decodeThermal(Sensors s) {
        for (int i = 0; i < unitTempK.length; i++) {
            unitTempK[i] = s.unitTempK(i);
            unitStatus[i] = (byte) s.unitStatus(i);
        }
        for (int i = 0; i < heaterOn.length; i++) {
            heaterOn[i] = s.heaterOn(i);
        }
        pumpOn = s.pumpOn();
        flowKgPerS = s.coolantFlowKgPerS();
        inletTempK = s.coolantInletTempK();
        inletStatus = (byte) s.coolantInletStatus();
        for (int i = 0; i < outletTempK.length; i++) {
            outletTempK[i] = s.coolantOutletTempK(i);
            outletStatus[i] = (byte) s.coolantOutletStatus(i);
        }
        for (int i = 0; i < radiatorTempK.length; i++) {
            radiatorTempK[i] = s.radiatorTempK(i);
            radiatorStatus[i] = (byte) s.radiatorStatus(i);
        }
    }

    private void decodeAdcsAndCompute(Sensors s) {
        for (int i = 0; i < 4; i++) {
            quaternion[i] = s.attitudeQuaternion(i);
        }
        pointingMode = (byte) s.pointingMode();
        settled = s.attitudeSettled();
        attitudeStatus = (byte) s.attitudeStatus();
        for (int i = 0; i < driveAngleRad.length; i++) {
            driveAngleRad[i] = s.driveAngleRad(i);
            driveCommandedRad[i] = s.driveCommandedRad(i);
            driveStatus[i] = (byte) s.driveStatus(i);
        }
        for (int i = 0; i < gpuPowered.length; i++) {
            gpuPowered[i] = s.gpuPowered(i);
            gpuPowerW[i] = s.gpuPowerW(i);
            gpuDieTempK[i] = s.gpuDieTempK(i);
            gpuUtilization[i] = s.gpuUtilization(i);
            gpuCapW[i] = s.gpuCapW(i);
            gpuDrained[i] = s.gpuDrained(i);
            gpuEccErrors[i] = s.gpuEccErrors(i);
            gpuHung[i] = s.gpuHung(i);
            gpuStatus[i] = (byte) s.gpuStatus(i);
        }
    }

    private void decodeOpticalAndNav(Sensors s) {
        for (int i = 0; i < terminalState.length; i++) {
            terminalState[i] = (byte) s.terminalState(i);
            terminalPartner[i] = s.terminalPartner(i);
            terminalAzimuthRad[i] = s.terminalAzimuthRad(i);
            terminalElevationRad[i] = s.terminalElevationRad(i);
            terminalPointingErrorRad[i] = s.terminalPointingErrorRad(i);
            terminalReceivedDbm[i] = s.terminalReceivedDbm(i);
            terminalRateBps[i] = s.terminalRateBps(i);
            terminalMarginDb[i] = s.terminalMarginDb(i);
            terminalPowerW[i] = s.terminalPowerW(i);
            terminalStatus[i] = (byte) s.terminalStatus(i);
        }
        for (int axis = 0; axis < 3; axis++) {
            positionM[axis] = s.navPositionM(axis);
            velocityMps[axis] = s.navVelocityMps(axis);
            sunDirection[axis] = s.navSunDirection(axis);
        }
        gnssTimeUnixNs = s.navGnssTimeUnixNs();
        navStatus = (byte) s.navStatus();
    }

    /** Takes every reading of another state of the same layout (a frame decoded aside, once it proved whole). */
    void copyFrom(SensorState o) {
        copy(o.stringCurrentA, stringCurrentA);
        copy(o.stringVoltageV, stringVoltageV);
        System.arraycopy(o.stringStatus, 0, stringStatus, 0, stringStatus.length);
        arrayTempK = o.arrayTempK;
        batteryVoltageV = o.batteryVoltageV;
        batteryCurrentA = o.batteryCurrentA;
        batteryTempK = o.batteryTempK;
        chargeLimitA = o.chargeLimitA;
        endOfChargeV = o.endOfChargeV;
        maxCellV = o.maxCellV;
        batteryStatus = o.batteryStatus;
        System.arraycopy(o.channelOn, 0, channelOn, 0, channelOn.length);
        System.arraycopy(o.channelAtFrame, 0, channelAtFrame, 0, channelAtFrame.length);
        copy(o.channelCurrentA, channelCurrentA);
        busVoltageV = o.busVoltageV;
        loadCurrentA = o.loadCurrentA;
        shuntCurrentA = o.shuntCurrentA;
        copy(o.unitTempK, unitTempK);
        System.arraycopy(o.unitStatus, 0, unitStatus, 0, unitStatus.length);
        System.arraycopy(o.heaterOn, 0, heaterOn, 0, heaterOn.length);
        pumpOn = o.pumpOn;
        flowKgPerS = o.flowKgPerS;
        inletTempK = o.inletTempK;
        inletStatus = o.inletStatus;
        copy(o.outletTempK, outletTempK);
        System.arraycopy(o.outletStatus, 0, outletStatus, 0, outletStatus.length);
        copy(o.radiatorTempK, radiatorTempK);
        System.arraycopy(o.radiatorStatus, 0, radiatorStatus, 0, radiatorStatus.length);
        copy(o.quaternion, quaternion);
        pointingMode = o.pointingMode;
        settled = o.settled;
        attitudeStatus = o.attitudeStatus;
        copy(o.driveAngleRad, driveAngleRad);
        copy(o.driveCommandedRad, driveCommandedRad);
        System.arraycopy(o.driveStatus, 0, driveStatus, 0, driveStatus.length);
        System.arraycopy(o.gpuPowered, 0, gpuPowered, 0, gpuPowered.length);
        copy(o.gpuPowerW, gpuPowerW);
        copy(o.gpuDieTempK, gpuDieTempK);
        copy(o.gpuUtilization, gpuUtilization);
        copy(o.gpuCapW, gpuCapW);
        System.arraycopy(o.gpuDrained, 0, gpuDrained, 0, gpuDrained.length);
        System.arraycopy(o.gpuEccErrors, 0, gpuEccErrors, 0, gpuEccErrors.length);
        System.arraycopy(o.gpuHung, 0, gpuHung, 0, gpuHung.length);
        System.arraycopy(o.gpuStatus, 0, gpuStatus, 0, gpuStatus.length);
        System.arraycopy(o.terminalState, 0, terminalState, 0, terminalState.length);
        System.arraycopy(o.terminalPartner, 0, terminalPartner, 0, terminalPartner.length);
        copy(o.terminalAzimuthRad, terminalAzimuthRad);
        copy(o.terminalElevationRad, terminalElevationRad);
        copy(o.terminalPointingErrorRad, terminalPointingErrorRad);
        copy(o.terminalReceivedDbm, terminalReceivedDbm);
        copy(o.terminalRateBps, terminalRateBps);
        copy(o.terminalMarginDb, terminalMarginDb);
        copy(o.terminalPowerW, terminalPowerW);
        System.arraycopy(o.terminalStatus, 0, terminalStatus, 0, terminalStatus.length);
        copy(o.positionM, positionM);
        copy(o.velocityMps, velocityMps);
        copy(o.sunDirection, sunDirection);
        gnssTimeUnixNs = o.gnssTimeUnixNs;
        navStatus = o.navStatus;
    }

    private static void copy(double[] from, double[] to) {
        System.arraycopy(from, 0, to, 0, to.length);
    }

    /** @return true unless the frame reported the given supply channel open (a channel the PDU lacks: true) */
    boolean terminalSupplyOn(int channel) {
        return channel < 0 || channel >= channelAtFrame.length || channelAtFrame[channel];
    }

    static DeviceStatus status(byte ordinal) {
        return STATUSES[ordinal];
    }

    static TerminalState terminalState(byte ordinal) {
        return TERMINAL_STATES[ordinal];
    }

    static PointingMode pointingMode(byte ordinal) {
        return POINTING_MODES[ordinal];
    }
}
