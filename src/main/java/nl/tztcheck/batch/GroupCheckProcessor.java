package nl.tztcheck.batch;

import nl.tztcheck.rules.GroupChecker;
import nl.tztcheck.rules.GroupResult;
import nl.tztcheck.rules.MonthGroup;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Hands each client-month to the core checker. */
public class GroupCheckProcessor implements ItemProcessor<MonthGroup, GroupResult> {

    private final GroupChecker checker;
    private final FaultInjection faults;

    public GroupCheckProcessor(GroupChecker checker, FaultInjection faults) {
        this.checker = checker;
        this.faults = faults;
    }

    @Override
    public GroupResult process(MonthGroup group) {
        faults.beforeGroup();
        return checker.check(group);
    }
}
