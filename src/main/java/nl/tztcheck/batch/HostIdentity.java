package nl.tztcheck.batch;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The name of this machine as the run lock records it: the host name, and on Linux the boot id too,
 * so a process id is only compared with processes of the same boot of the same machine (after a
 * reboot every old holder is known dead at once).
 */
final class HostIdentity {

    private static final String NAME = compute();

    private HostIdentity() {}

    static String name() {
        return NAME;
    }

    private static String compute() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = System.getenv().getOrDefault("HOSTNAME", "unknown-host");
        }
        try {
            String boot = Files.readString(Path.of("/proc/sys/kernel/random/boot_id")).trim();
            return host + " (boot " + boot.substring(0, Math.min(8, boot.length())) + ")";
        } catch (IOException | RuntimeException e) {
            return host;
        }
    }
}
