package space.ocsat.fdir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import space.ocsat.fdir.monitor.LimitDetector;
import space.ocsat.fdir.pool.ParameterPool;
import space.ocsat.fdir.response.FaultListener;
import space.ocsat.fdir.response.Response;

class FdirTest {
    private final ParameterPool pool = new ParameterPool(4);
    private final Fdir fdir = new Fdir(4);
    private final List<String> verdicts = new ArrayList<>();
    private final FaultListener listener = new FaultListener() {
        @Override
        public void onConfirmed(int faultId, int unit, Response response, long nowNs) {
            verdicts.add("confirmed " + faultId + (unit == Fdir.NO_UNIT ? "" : "/" + unit) + " " + response + " @" + nowNs);
        }

        @Override
        public void onCleared(int faultId, int unit, long nowNs) {
            verdicts.add("cleared " + faultId + (unit == Fdir.NO_UNIT ? "" : "/" + unit) + " @" + nowNs);
        }
    };

    @Test
    void reportsAStandingFaultOnceAndItsClearanceOnce() {
        fdir.add(7, new LimitDetector(0, 0, 100, 0), 2, Response.SAFE_MODE);
        pool.set(0, 150);
        for (int t = 1; t <= 5; t++) {
            fdir.evaluate(pool, t, listener);
        }
        pool.set(0, 50);
        for (int t = 6; t <= 10; t++) {
            fdir.evaluate(pool, t, listener);
        }
        assertThat(verdicts).containsExactly("confirmed 7 SAFE_MODE @2", "cleared 7 @7");
    }

    @Test
    void aDisabledMonitorNeitherConfirmsNorRemembers() {
        fdir.add(1, new LimitDetector(0, 0, 100, 0), 2, Response.EVENT_ONLY);
        pool.set(0, 150);
        fdir.evaluate(pool, 1, listener);
        assertThat(fdir.setEnabled(1, false, 0, listener)).isTrue();
        fdir.evaluate(pool, 2, listener);
        fdir.evaluate(pool, 3, listener);
        assertThat(verdicts).isEmpty();
        fdir.setEnabled(1, true, 0, listener);
        fdir.evaluate(pool, 4, listener);
        assertThat(verdicts).isEmpty();
        fdir.evaluate(pool, 5, listener);
        assertThat(verdicts).containsExactly("confirmed 1 EVENT_ONLY @5");
        assertThat(fdir.setEnabled(99, false, 0, listener)).isFalse();
    }

    @Test
    void rejectsAnIncompleteOrDuplicateEntryWithAReason() {
        fdir.add(1, new LimitDetector(0, 0, 1, 0), 1, Response.EVENT_ONLY);
        assertThatThrownBy(() -> fdir.add(1, new LimitDetector(0, 0, 1, 0), 1, Response.EVENT_ONLY))
                .hasMessageContaining("duplicate fault id 1");
        assertThatThrownBy(() -> fdir.add(2, new LimitDetector(0, 0, 1, 0), 1, Response.UNSPECIFIED))
                .hasMessageContaining("needs a response");
    }

    @Test
    void confirmsAFaultPerUnitAndResetsEveryUnitOfIt() {
        fdir.add(3, 0, new LimitDetector(0, 0, 100, 0), 1, Response.ISOLATE_UNIT);
        fdir.add(3, 1, new LimitDetector(1, 0, 100, 0), 1, Response.ISOLATE_UNIT);
        pool.set(0, 50);
        pool.set(1, 150);
        fdir.evaluate(pool, 1, listener);
        assertThat(verdicts).containsExactly("confirmed 3/1 ISOLATE_UNIT @1");
        assertThat(fdir.isConfirmed(3, 1)).isTrue();
        assertThat(fdir.isConfirmed(3, 0)).isFalse();
        assertThat(fdir.isConfirmed(3)).isTrue();
        assertThat(fdir.reset(3, 2, listener)).isTrue();
        assertThat(verdicts).endsWith("cleared 3/1 @2");
        assertThatThrownBy(() -> fdir.add(3, 1, new LimitDetector(0, 0, 1, 0), 1, Response.EVENT_ONLY))
                .hasMessageContaining("unit 1");
    }

    @Test
    void retunesOneUnitOrEveryUnitOfAFault() {
        fdir.add(3, 0, new LimitDetector(0, 0, 100, 0), 1, Response.ISOLATE_UNIT);
        fdir.add(3, 1, new LimitDetector(1, 0, 100, 0), 1, Response.ISOLATE_UNIT);
        fdir.retune(3, 1, Response.EVENT_ONLY, 3, true, 0, listener);
        assertThat(fdir.response(3, 0)).isEqualTo(Response.ISOLATE_UNIT);
        assertThat(fdir.response(3, 1)).isEqualTo(Response.EVENT_ONLY);
        pool.set(0, 150);
        pool.set(1, 150);
        fdir.evaluate(pool, 1, listener);
        fdir.evaluate(pool, 2, listener);
        assertThat(verdicts).containsExactly("confirmed 3/0 ISOLATE_UNIT @1");
        fdir.evaluate(pool, 3, listener);
        assertThat(verdicts).containsExactly("confirmed 3/0 ISOLATE_UNIT @1", "confirmed 3/1 EVENT_ONLY @3");
        fdir.retune(3, Fdir.NO_UNIT, null, 0, false, 4, listener);
        assertThat(fdir.isConfirmed(3)).as("switched off: nothing stands").isFalse();
        assertThat(verdicts).as("each standing one cleared, reported").endsWith("cleared 3/0 @4", "cleared 3/1 @4");
        assertThat(fdir.anyConfirmed(Response.ISOLATE_UNIT)).isFalse();
        assertThat(fdir.hasUnit(3, 1)).isTrue();
        assertThat(fdir.hasUnit(3, 2)).isFalse();
    }
}
