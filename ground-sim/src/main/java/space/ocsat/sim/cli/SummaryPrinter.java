package space.ocsat.sim.cli;

import java.io.PrintWriter;
import java.util.Locale;
import space.ocsat.sim.report.RunSummary;

/** Prints a run summary for a person: the figures that say whether the mission went well. */
final class SummaryPrinter {
    private SummaryPrinter() {
    }

    static void print(RunSummary s, PrintWriter out) {
        line(out, "orbits", "%.2f (period %.1f min)", s.number("orbits"), s.number("orbitPeriodMinutes"));
        line(out, "beta angle", "%.1f deg (%.1f .. %.1f)", s.number("betaDeg"), s.number("betaMinDeg"), s.number("betaMaxDeg"));
        long eclipses = (long) s.number("eclipses");
        line(out, "eclipse", "%.1f min per orbit (%d complete eclipse%s)", s.number("eclipseMinutesPerOrbit"),
                eclipses, eclipses == 1 ? "" : "s");
        line(out, "battery SoC", "min %.3f  max %.3f  end %.3f", s.number("socMin"), s.number("socMax"), s.number("socEnd"));
        line(out, "eclipse exits", "%d, lowest SoC %.3f, %d below the floor", (long) s.number("eclipseExits"),
                s.number("socEclipseExitMin"), (long) s.number("eclipseExitsBelowFloor"));
        line(out, "GPU die max", "%.1f K (%.1f C), %.0f GPU-s in firmware slowdown", s.number("gpuTempMaxK"),
                s.number("gpuTempMaxK") - 273.15, s.number("gpuSlowdownSeconds"));
        line(out, "coolant", "max %.1f K (%.1f C)  min %.1f K", s.number("coolantTempMaxK"),
                s.number("coolantTempMaxK") - 273.15, s.number("coolantTempMinK"));
        line(out, "radiator max", "%.1f K (%.1f C)", s.number("radiatorTempMaxK"), s.number("radiatorTempMaxK") - 273.15);
        line(out, "battery temp", "%.1f .. %.1f K", s.number("batteryTempMinK"), s.number("batteryTempMaxK"));
        line(out, "GPU energy", "%.1f kWh delivered", s.number("gpuEnergyKWh"));
        line(out, "compute yield", "%.3f of the %.1f kWh physics bound", s.number("computeYield"),
                s.number("computeBoundKWh"));
        line(out, "energy closure", "%.2e of battery throughput", s.number("energyClosureRelative"));
        line(out, "modes", "%d changes, ends in %s; %d GPU sheds; %d faults", (long) s.number("modeChanges"),
                s.get("modeEnd"), (long) s.number("gpuSheds"), (long) s.number("faultsConfirmed"));
        if (s.get("linkForeTrackingFraction") != null) {
            line(out, "links", "tracking fore %.0f%% aft %.0f%% left %.0f%% right %.0f%% ground %.0f%%; %d handoffs, "
                    + "%d failed acquisitions, %d losses of lock, %d isolated",
                    100 * s.number("linkForeTrackingFraction"), 100 * s.number("linkAftTrackingFraction"),
                    100 * s.number("linkLeftTrackingFraction"), 100 * s.number("linkRightTrackingFraction"),
                    100 * s.number("linkGroundTrackingFraction"), (long) s.number("linkHandoffs"),
                    (long) s.number("linkAcquisitionsFailed"), (long) s.number("linkLossesOfLock"),
                    (long) s.number("terminalsIsolated"));
        }
        line(out, "cycles", "%d, %d slips, exec mean %.1f us max %.0f us", (long) s.number("cycles"),
                (long) s.number("cycleSlips"), s.number("cycleExecMeanMicros"), s.number("cycleExecMaxMicros"));
        line(out, "wall time", "%.1f s, %.0fx real time", s.number("wallSeconds"), s.number("speedup"));
        out.flush();
    }

    /** @return a simulated duration for people: seconds, minutes, hours or days */
    static String duration(double seconds) {
        if (seconds < 120) {
            return String.format(Locale.ROOT, "%.0f s", seconds);
        }
        if (seconds < 7200) {
            return String.format(Locale.ROOT, "%.1f min", seconds / 60);
        }
        if (seconds < 3 * 86400) {
            return String.format(Locale.ROOT, "%.1f h", seconds / 3600);
        }
        return String.format(Locale.ROOT, "%.1f d", seconds / 86400);
    }

    private static void line(PrintWriter out, String label, String format, Object... args) {
        out.printf(Locale.ROOT, "  %-15s %s%n", label, String.format(Locale.ROOT, format, args));
    }
}
