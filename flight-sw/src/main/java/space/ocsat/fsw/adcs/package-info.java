/** Attitude mode selection and solar array Sun tracking. */
package space.ocsat.fsw.adcs;
