/**
 * Power: state of charge, energy shedding of GPUs, battery charge control.
 *
 * <p>PWR-1 SoC by coulomb counting, OCV at start and at rest; PWR-2 GPUs shed in priority order below
 * the SoC floor while discharging, restored above the restore level with an array surplus, with minimum
 * on/off times; PWR-3 no charging outside 0–40 °C.
 */
package space.ocsat.fsw.power;
