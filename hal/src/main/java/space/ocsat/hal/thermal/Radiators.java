package space.ocsat.hal.thermal;

import space.ocsat.hal.DeviceStatus;

/** Radiator panels, in zones, each zone with redundant temperature sensors (a pair on the reference). */
public interface Radiators {
    /** @return number of radiator zones */
    int zoneCount();

    /** @return number of redundant sensors per zone */
    int sensorsPerZone();

    /**
     * @param zone   zone index
     * @param sensor sensor index within the zone
     * @return panel temperature, kelvin (K)
     */
    double tempK(int zone, int sensor);

    /** @param zone zone index @param sensor sensor index @return status of that sensor */
    DeviceStatus status(int zone, int sensor);

    /** @param zone zone index @return radiating area of the zone (both faces), square metres (m²) */
    double areaM2(int zone);
}
