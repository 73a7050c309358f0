package space.ocsat.fsw.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LinkConfigCodecTest {
    @Test
    void everyFieldOfTheLinkTablesSurvivesTheTrip() {
        LinkConfig c = new LinkConfig();
        c.self = 4;
        c.planes = 2;
        c.perPlane = 3;
        c.epochUnixS = 1.7e9 + 0.25;
        c.semiMajorAxisM = new double[] {1, 2, 3, 4, 5, 6};
        c.inclinationRad = new double[] {0.9, 0.9, 0.9, 0.9, 0.9, 0.9};
        c.raanRad = new double[] {0, 0, 0, 1, 1, 1};
        c.argLatRad = new double[] {0, 2, 4, 1, 3, 5};
        c.siteLatRad = new double[] {0.1};
        c.siteLonRad = new double[] {-0.2};
        c.siteHeightM = new double[] {2400};
        c.grazingHeightM = 12_345;
        c.maxLossesOfLock = 9;

        LinkConfig back = LinkConfigCodec.decode(LinkConfigCodec.encode(c), new LinkConfig());

        assertThat(back).usingRecursiveComparison().isEqualTo(c);
    }

    @Test
    void bytesThatAreNotLinkTablesAreRefused() {
        assertThatThrownBy(() -> LinkConfigCodec.decode(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}, new LinkConfig()))
                .isInstanceOf(IllegalArgumentException.class);
        byte[] good = LinkConfigCodec.encode(new LinkConfig());
        assertThatThrownBy(() -> LinkConfigCodec.decode(java.util.Arrays.copyOf(good, good.length / 2),
                new LinkConfig())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("truncated");
    }
}
