package space.ocsat.hal.platform;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class InMemoryNonVolatileStoreTest extends NonVolatileStoreContractTest {
    private final InMemoryNonVolatileStore store = new InMemoryNonVolatileStore(SLOTS, CAPACITY);

    @Override
    NonVolatileStore store() {
        return store;
    }

    @Test
    void rejectsGeometryWithoutSlotsOrCapacity() {
        assertThatIllegalArgumentException().isThrownBy(() -> new InMemoryNonVolatileStore(0, CAPACITY));
        assertThatIllegalArgumentException().isThrownBy(() -> new InMemoryNonVolatileStore(SLOTS, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new InMemoryNonVolatileStore(1 << 20, 1 << 20))
                .withMessageContaining("2 GiB");
    }
}
