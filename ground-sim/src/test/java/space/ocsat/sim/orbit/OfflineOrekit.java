package space.ocsat.sim.orbit;

import java.util.List;
import org.orekit.time.DateComponents;
import org.orekit.time.OffsetModel;
import org.orekit.time.TimeScale;
import org.orekit.time.TimeScalesFactory;

/**
 * Orekit without its data files (DESIGN.md §8): the UTC−TAI offsets the cross-check tests need, registered in code
 * (10 s from 1972, 37 s since 2017; every date the tests use is after 2017).
 */
public final class OfflineOrekit {
    private OfflineOrekit() {
    }

    /** @return Orekit's UTC scale, its offsets loaded from code */
    public static synchronized TimeScale utc() {
        TimeScalesFactory.addUTCTAIOffsetsLoader(() -> List.of(
                new OffsetModel(new DateComponents(1972, 1, 1), 10),
                new OffsetModel(new DateComponents(2017, 1, 1), 37)));
        return TimeScalesFactory.getUTC();
    }
}
