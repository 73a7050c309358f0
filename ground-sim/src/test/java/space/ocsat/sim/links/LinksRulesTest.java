package space.ocsat.sim.links;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** LNK-001: bit-for-bit determinism needs StrictMath; java.lang.Math may use platform intrinsics. */
class LinksRulesTest {

    @Test
    void productionCodeNeverCallsJavaLangMath() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("space.ocsat.sim.links");

        noClasses().should().accessClassesThat().belongToAnyOf(Math.class)
                .because("java.lang.Math results may differ between JVMs and CPUs; use StrictMath")
                .check(classes);
    }
}
