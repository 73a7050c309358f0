/** Tunable parameters: tables of limits ops can set one by one or load whole, validated, persisted, applied at once. */
package space.ocsat.fsw.params;
