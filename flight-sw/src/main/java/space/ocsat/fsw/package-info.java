/** The flight software: composition root and configuration. Subsystems live one per subpackage. */
package space.ocsat.fsw;
