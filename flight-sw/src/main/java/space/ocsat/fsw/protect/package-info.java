/**
 * Protection: the bridge from the cycle's estimates to FDIR and from FDIR's verdicts to recovery.
 * PROT-1 SoC below the hard floor for 10 s → SAFE; PROT-2 coolant over its limit + margin for 5 s →
 * compute shed until it clears; PROT-3 battery outside its survival range → event.
 */
package space.ocsat.fsw.protect;
