package nl.tztcheck.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import nl.tztcheck.claims.ClaimSource;
import nl.tztcheck.claims.ClaimSources;
import nl.tztcheck.claims.InputInspection;
import nl.tztcheck.claims.RowResult;
import nl.tztcheck.claims.ServiceDateWindow;
import nl.tztcheck.claims.aw319.TechnologyMapping;
import nl.tztcheck.claims.aw319.WlzMapping;
import nl.tztcheck.profiles.ProfileSet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the export row by row and parses each row with the core parser (a row is read and parsed in
 * one go so a reject keeps its raw text), on a thread of its own ({@link ReadAhead}). Restartable:
 * it records how many rows it has handed out, and after a crash skips those.
 */
public class ClaimExportReader implements ItemStreamReader<RowResult> {

    static final String ROWS = "rows.read";
    static final String BLANK = "rows.blank";
    static final String ENCODING = "input.encoding";
    static final String IGNORED = "input.ignoredColumns";

    /** The date the load first ran: a restart on a later day accepts the same service dates. */
    static final String RUN_DATE = "run.date";

    private final Path path;
    private final ProfileSet profiles;
    private final TechnologyMapping mapping;
    private final WlzMapping wlz;
    private final Clock clock;
    private LocalDate runDate;
    private ClaimSource source;
    private ReadAhead rows;
    private long handedOut;

    public ClaimExportReader(Path path, ProfileSet profiles, TechnologyMapping mapping) {
        this(path, profiles, mapping, Clock.systemUTC());
    }

    /**
     * @param clock gives the run date, which decides the service dates accepted ({@link
     *     ServiceDateWindow})
     */
    public ClaimExportReader(
            Path path, ProfileSet profiles, TechnologyMapping mapping, Clock clock) {
        this(path, profiles, mapping, WlzMapping.NONE, clock);
    }

    /**
     * @param wlz the clients' Wlz indications for an AW319 export ({@code --wlz-map})
     */
    public ClaimExportReader(
            Path path,
            ProfileSet profiles,
            TechnologyMapping mapping,
            WlzMapping wlz,
            Clock clock) {
        this.wlz = wlz == null ? WlzMapping.NONE : wlz;
        this.path = path;
        this.profiles = profiles;
        this.mapping = mapping;
        this.clock = clock;
    }

    @Override
    public void open(ExecutionContext context) {
        try {
            InputInspection inspection = InputInspection.of(path);
            runDate =
                    context.containsKey(RUN_DATE)
                            ? LocalDate.parse(context.getString(RUN_DATE))
                            : ServiceDateWindow.at(clock).runDate();
            context.putString(RUN_DATE, runDate.toString());
            source =
                    ClaimSources.open(path, profiles, mapping, wlz, new ServiceDateWindow(runDate));
            context.putString(
                    ENCODING,
                    source.format()
                            + ", "
                            + inspection.charset().name()
                            + (inspection.bom() ? " with BOM" : ""));
            context.putString(IGNORED, String.join("|", source.ignoredColumns()));
            handedOut = context.getLong(ROWS, 0L);
            source.skip(handedOut);
            rows = new ReadAhead(source);
        } catch (IOException e) {
            throw new ItemStreamException("cannot read " + path, e);
        }
    }

    @Override
    public RowResult read() {
        RowResult row = rows.next();
        if (row != null) {
            handedOut++;
        }
        return row;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(ROWS, handedOut);
        if (runDate != null) {
            context.putString(RUN_DATE, runDate.toString());
        }
        context.putLong(BLANK, rows == null ? 0 : rows.blankRows());
    }

    @Override
    public void close() {
        try {
            if (rows != null) {
                rows.close();
            }
            if (source != null) {
                source.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            rows = null;
            source = null;
        }
    }
}
