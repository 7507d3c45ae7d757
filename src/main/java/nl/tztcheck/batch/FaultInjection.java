package nl.tztcheck.batch;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * For restart tests only: {@code tzt.fault.fail-after-groups=N} makes the check step fail once,
 * after N client-months, as a crash would. Off (-1) unless set; never set it in production.
 */
@Component
public class FaultInjection {

    private final AtomicLong remaining;

    public FaultInjection(@Value("${tzt.fault.fail-after-groups:-1}") long failAfterGroups) {
        this.remaining = new AtomicLong(failAfterGroups);
    }

    /** Called per client-month; throws once when the count runs out. */
    public void beforeGroup() {
        if (remaining.get() >= 0 && remaining.getAndDecrement() == 0) {
            throw new IllegalStateException("injected failure (tzt.fault.fail-after-groups) to test restarts");
        }
    }

    public void arm(long groups) {
        remaining.set(groups);
    }

    public void disarm() {
        remaining.set(-1);
    }
}
