package space.ocsat.fsw.modes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import space.ocsat.fsw.tm.EventId;
import space.ocsat.fsw.tm.EventLog;

class ModeManagerTest {
    private final EventLog events = new EventLog(16);
    private final ModeManager modes = new ModeManager(Mode.OPERATIONAL, events);

    @Test
    void leavesBootForTheConfiguredModeOnTheFirstCycleWithAnEvent() {
        assertThat(modes.mode()).isEqualTo(Mode.BOOT);
        modes.run(0);
        assertThat(modes.mode()).isEqualTo(Mode.OPERATIONAL);
        assertThat(events.id(0)).isEqualTo(EventId.MODE_CHANGED);
        assertThat(events.argA(0)).isEqualTo(Mode.BOOT.ordinal());
        assertThat(events.argB(0)).isEqualTo(Mode.OPERATIONAL.ordinal());
    }

    @Test
    void fdirSafeWinsOverAPendingGroundRequest() {
        modes.run(0);
        modes.requestFromGround(Mode.STANDBY);
        modes.requestSafe();
        modes.run(1);
        assertThat(modes.mode()).isEqualTo(Mode.SAFE);
        modes.run(2);
        assertThat(modes.mode()).as("the ground request was dropped").isEqualTo(Mode.SAFE);
    }

    @Test
    void leavesSafeOnlyByGroundCommand() {
        modes.run(0);
        modes.requestSafe();
        modes.run(1);
        for (int i = 2; i < 100; i++) {
            modes.run(i);
        }
        assertThat(modes.mode()).isEqualTo(Mode.SAFE);
        assertThat(modes.requestFromGround(Mode.OPERATIONAL)).isTrue();
        modes.run(100);
        assertThat(modes.mode()).isEqualTo(Mode.OPERATIONAL);
        assertThat(modes.transitions()).isEqualTo(3);
    }

    @Test
    void refusesBootAsAGroundTargetAndAsInitialMode() {
        assertThat(modes.requestFromGround(Mode.BOOT)).isFalse();
        assertThatThrownBy(() -> new ModeManager(Mode.BOOT, events)).isInstanceOf(IllegalArgumentException.class);
    }
}
