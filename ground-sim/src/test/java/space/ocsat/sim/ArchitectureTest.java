package space.ocsat.sim;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module and package rules (STYLE.md): hal ← fdir ← flight-sw ← ground-sim, no package cycles
 * inside a module's subsystems, and flight code reads no wall time and never sleeps outside the clock
 * and driver classes.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("space.ocsat");
    }

    @Test
    void halDependsOnNothingAboveItAndNoTransport() {
        ArchRule rule = noClasses().that().resideInAPackage("space.ocsat.hal..")
                .should().dependOnClassesThat().resideInAnyPackage("space.ocsat.fdir..", "space.ocsat.fsw..",
                        "space.ocsat.sim..", "org.eclipse.paho..");
        rule.check(classes);
    }

    @Test
    void fdirDependsOnlyOnTheHal() {
        noClasses().that().resideInAPackage("space.ocsat.fdir..")
                .should().dependOnClassesThat().resideInAnyPackage("space.ocsat.fsw..", "space.ocsat.sim..")
                .check(classes);
    }

    @Test
    void flightSoftwareNeverReachesIntoTheSimulator() {
        noClasses().that().resideInAPackage("space.ocsat.fsw..")
                .should().dependOnClassesThat().resideInAPackage("space.ocsat.sim..")
                .check(classes);
    }

    @Test
    void flightSubsystemsHaveNoPackageCycles() {
        slices().matching("space.ocsat.fsw.(*)..").should().beFreeOfCycles().check(classes);
        slices().matching("space.ocsat.hal.(*)..").should().beFreeOfCycles().check(classes);
        slices().matching("space.ocsat.sim.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void onlyTheCompositionRootSeesEverySubsystem() {
        noClasses().that().resideInAPackage("space.ocsat.fsw.(*)..")
                .should().dependOnClassesThat().resideInAPackage("space.ocsat.fsw")
                .because("the root package holds the composition root, which depends on every subsystem")
                .check(classes);
    }

    @Test
    void flightCodeReadsNoWallTimeAndNeverSleepsOutsideClocksAndDrivers() {
        noClasses().that().resideInAnyPackage("space.ocsat.hal..", "space.ocsat.fdir..", "space.ocsat.fsw..")
                .and().haveSimpleNameNotEndingWith("Clock")
                .and().haveSimpleNameNotEndingWith("Driver")
                .should().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime")
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(Thread.class, "sleep", long.class)
                .orShould().callMethod(Thread.class, "sleep", long.class, int.class)
                .orShould().callMethod(Thread.class, "sleep", java.time.Duration.class)
                .orShould().callMethod(Object.class, "wait", long.class)
                .orShould().callMethod(java.util.concurrent.locks.LockSupport.class, "parkNanos", long.class)
                .orShould().callMethod(java.util.concurrent.locks.LockSupport.class, "parkNanos", Object.class, long.class)
                .because("time comes only from the HAL clock (DESIGN.md §2)")
                .check(classes);
    }
}
