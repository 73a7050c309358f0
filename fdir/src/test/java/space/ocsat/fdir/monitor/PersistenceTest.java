package space.ocsat.fdir.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersistenceTest {
    @Test
    void confirmsOnlyAfterConsecutiveViolations() {
        Persistence p = new Persistence(3);
        assertThat(p.update(true)).isFalse();
        assertThat(p.update(true)).isFalse();
        assertThat(p.update(false)).isFalse();
        assertThat(p.update(true)).isFalse();
        assertThat(p.update(true)).isFalse();
        assertThat(p.update(true)).isTrue();
    }

    @Test
    void clearsOnlyAfterAsManyConsecutiveNominalSamples() {
        Persistence p = new Persistence(2);
        p.update(true);
        p.update(true);
        assertThat(p.update(false)).isTrue();
        assertThat(p.update(true)).isTrue();
        assertThat(p.update(false)).isTrue();
        assertThat(p.update(false)).isFalse();
    }
}
