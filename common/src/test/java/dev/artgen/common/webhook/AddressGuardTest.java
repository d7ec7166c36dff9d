package dev.artgen.common.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Row by row: which addresses a webhook may connect to. */
class AddressGuardTest {

    private final AddressGuard guard = new AddressGuard(false);
    private final AddressGuard localDevelopment = new AddressGuard(true);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0.0.0.0",
                "10.0.0.1",
                "10.255.255.255",
                "100.64.0.1",
                "127.0.0.1",
                "127.1.2.3",
                "169.254.169.254",
                "172.16.0.1",
                "172.31.255.255",
                "192.0.0.8",
                "192.0.2.1",
                "192.168.1.1",
                "198.18.0.1",
                "224.0.0.1",
                "239.255.255.250",
                "240.0.0.1",
                "255.255.255.255",
                "::",
                "::1",
                "::ffff:10.0.0.1",
                "::ffff:127.0.0.1",
                "::ffff:169.254.169.254",
                "::10.0.0.1",
                "::0.0.0.5",
                "64:ff9b::a9fe:a9fe",
                "2002:a9fe:a9fe::1",
                "fc00::1",
                "fd00:ec2::254",
                "fe80::1",
                "fec0::1",
                "ff02::1",
                "2001:db8::1",
                "100::1"
            })
    void refusesEveryAddressThatIsNotPublicUnicast(String address) throws Exception {
        assertThat(guard.refusal(InetAddress.getByName(address))).isPresent();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "93.184.216.34",
                "8.8.8.8",
                "1.1.1.1",
                "172.32.0.1",
                "192.169.0.1",
                "2606:4700:4700::1111",
                "2a00:1450:4001:82a::200e",
                "::ffff:8.8.8.8"
            })
    void allowsPublicAddresses(String address) throws Exception {
        assertThat(guard.refusal(InetAddress.getByName(address))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "::1", "::ffff:127.0.0.1"})
    void localDevelopmentMayAllowLoopbackOnly(String address) throws Exception {
        assertThat(localDevelopment.refusal(InetAddress.getByName(address))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.1", "169.254.169.254", "0.0.0.0", "fd00::1", "::ffff:192.168.0.1"})
    void localDevelopmentStillRefusesTheRest(String address) throws Exception {
        assertThat(localDevelopment.refusal(InetAddress.getByName(address))).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"169.254.169.254"})
    void saysWhyInWords(String address) throws Exception {
        assertThat(guard.refusal(InetAddress.getByName(address)))
                .hasValueSatisfying(
                        reason -> assertThat(reason).contains("169.254.169.254").contains("metadata"));
    }
}
