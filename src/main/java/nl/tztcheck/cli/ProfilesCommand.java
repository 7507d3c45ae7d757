package nl.tztcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import nl.tztcheck.i18n.Language;
import nl.tztcheck.privacy.SafeUrl;
import nl.tztcheck.profiles.InvalidProfilesException;
import nl.tztcheck.profiles.ProfileSet;
import nl.tztcheck.profiles.sync.ProfileBundle;
import nl.tztcheck.profiles.sync.ProfileSync;
import nl.tztcheck.profiles.sync.SyncRefusedException;
import nl.tztcheck.profiles.sync.SyncResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code profiles sync|rollback|bundle}: update the insurer profiles from a published set, undo the
 * last update, or publish a directory as a bundle. Exit 0 done (also "unchanged"), 2 refused (the
 * local set is untouched), 1 an unexpected failure. No Spring.
 */
@Command(
        name = "profiles",
        mixinStandardHelpOptions = true,
        description =
                "Update the insurer profiles from a published set (sync), undo the last update (rollback),"
                        + " or publish a directory as a bundle (bundle).",
        subcommands = {
            ProfilesCommand.Sync.class,
            ProfilesCommand.Rollback.class,
            ProfilesCommand.Bundle.class
        })
public final class ProfilesCommand implements Runnable {

    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(
            name = "sync",
            mixinStandardHelpOptions = true,
            description =
                    "Fetch a published profile set (HTTPS), check every file's SHA-256, validate the whole set and only then"
                            + " replace --profiles; the replaced set is kept as <dir>.previous. Uses the ETag: an unchanged set is not"
                            + " downloaded again.")
    static final class Sync implements Callable<Integer> {

        @Spec CommandSpec spec;

        @Option(
                names = "--from",
                required = true,
                paramLabel = "URL",
                description = "The published bundle, https://...")
        String from;

        @Option(
                names = "--profiles",
                paramLabel = "DIR",
                defaultValue = "insurer-profiles",
                description = "The profile directory to update. Default: ${DEFAULT-VALUE}")
        Path profiles;

        @Option(
                names = "--read-deadline",
                paramLabel = "SECONDS",
                defaultValue = "${env:TZT_PROFILES_READ_DEADLINE:-60}",
                description =
                        "Give up a download that has not arrived completely after this many seconds (a server that"
                                + " stalls). Default: ${DEFAULT-VALUE} (or $TZT_PROFILES_READ_DEADLINE)")
        long readDeadlineSeconds;

        @Option(
                names = "--lang",
                paramLabel = "nl|en",
                defaultValue = "${env:TZT_LANG:-nl}",
                description = "Language of the download's refusals: nl (default) or en.")
        String lang;

        @Option(
                names = "--allow-plain-http-for-tests",
                hidden = true,
                description = "Accept http:// to localhost (tests only).")
        boolean allowPlainHttp;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            return refusals(
                    spec.commandLine().getErr(),
                    "profiles sync",
                    () -> {
                        if (readDeadlineSeconds < 1) {
                            throw new IllegalArgumentException(
                                    "--read-deadline must be at least 1 second, was "
                                            + readDeadlineSeconds);
                        }
                        ProfileSync sync =
                                (allowPlainHttp
                                                ? ProfileSync.allowingPlainHttpForTests(
                                                        Duration.ofSeconds(60))
                                                : new ProfileSync())
                                        .withReadDeadline(Duration.ofSeconds(readDeadlineSeconds))
                                        .withLanguage(Language.parse(lang));
                        SyncResult r = sync.sync(url(from), profiles);
                        if (r.outcome() == SyncResult.Outcome.UNCHANGED) {
                            out.println(
                                    "Profiles unchanged: "
                                            + profiles
                                            + " already holds the set published at "
                                            + SafeUrl.forLog(from)
                                            + " (fingerprint "
                                            + shortPrint(r.fingerprint())
                                            + ")");
                        } else {
                            out.println(
                                    "Profiles updated from "
                                            + SafeUrl.forLog(from)
                                            + " into "
                                            + profiles
                                            + " (fingerprint "
                                            + shortPrint(r.fingerprint())
                                            + ")");
                            printChanges(out, r, profiles);
                            if (r.previous() != null) {
                                out.println(
                                        "The replaced set is kept in "
                                                + r.previous()
                                                + "; undo with: tzt-check profiles rollback --profiles "
                                                + profiles);
                            }
                        }
                        out.flush();
                        return ExitCodes.COMPLETED;
                    });
        }
    }

    @Command(
            name = "rollback",
            mixinStandardHelpOptions = true,
            description =
                    "Put <dir>.previous back in place (after validating it); the current set becomes <dir>.previous,"
                            + " so a second rollback undoes the first.")
    static final class Rollback implements Callable<Integer> {

        @Spec CommandSpec spec;

        @Option(
                names = "--profiles",
                paramLabel = "DIR",
                defaultValue = "insurer-profiles",
                description = "The profile directory. Default: ${DEFAULT-VALUE}")
        Path profiles;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            return refusals(
                    spec.commandLine().getErr(),
                    "profiles rollback",
                    () -> {
                        SyncResult r = ProfileSync.rollback(profiles);
                        out.println(
                                "Profiles rolled back in "
                                        + profiles
                                        + " (fingerprint "
                                        + shortPrint(r.fingerprint())
                                        + ")");
                        printChanges(out, r, profiles);
                        out.println(
                                "The set that was replaced is now in "
                                        + r.previous()
                                        + "; rollback again to undo");
                        out.flush();
                        return ExitCodes.COMPLETED;
                    });
        }
    }

    @Command(
            name = "bundle",
            mixinStandardHelpOptions = true,
            description =
                    "Validate a profile directory and write it as a bundle that profiles sync accepts (for publishers).")
    static final class Bundle implements Callable<Integer> {

        @Spec CommandSpec spec;

        @Option(
                names = "--profiles",
                paramLabel = "DIR",
                defaultValue = "insurer-profiles",
                description = "The profile directory to publish. Default: ${DEFAULT-VALUE}")
        Path profiles;

        // a file, like generate's and export-aw319's: --out-file (--out still works, deprecated)
        @Option(
                names = {"--out-file", "--out"},
                required = true,
                paramLabel = "FILE",
                description =
                        "De bundel die wordt geschreven (JSON). --out is de oude, verouderde naam van deze optie.")
        Path out;

        @Option(
                names = "--description",
                paramLabel = "TEXT",
                description = "A line describing the set.")
        String description;

        @Override
        public Integer call() {
            return refusals(
                    spec.commandLine().getErr(),
                    "profiles bundle",
                    () -> {
                        ProfileSet set = ProfileSet.load(profiles);
                        String json =
                                ProfileBundle.of(profiles)
                                        .toJson(LocalDate.now().toString(), description);
                        if (out.toAbsolutePath().getParent() != null) {
                            Files.createDirectories(out.toAbsolutePath().getParent());
                        }
                        Files.writeString(out, json, StandardCharsets.UTF_8);
                        spec.commandLine()
                                .getOut()
                                .println(
                                        "Wrote "
                                                + out
                                                + " ("
                                                + (set.insurers().size() + 1)
                                                + " files, fingerprint "
                                                + shortPrint(set.fingerprint())
                                                + ")");
                        spec.commandLine().getOut().flush();
                        return ExitCodes.COMPLETED;
                    });
        }
    }

    /** A command body that may be refused. */
    @FunctionalInterface
    interface Body {
        int run() throws IOException;
    }

    static int refusals(PrintWriter err, String command, Body body) {
        try {
            return body.run();
        } catch (SyncRefusedException | InvalidProfilesException | IllegalArgumentException e) {
            err.println(command + " refused: " + e.getMessage());
            err.flush();
            return ExitCodes.UNUSABLE_INPUT;
        } catch (IOException | RuntimeException e) {
            err.println(command + " failed: " + e);
            err.flush();
            return ExitCodes.INTERNAL_FAILURE;
        }
    }

    private static void printChanges(PrintWriter out, SyncResult r, Path profiles) {
        r.changes().lines().forEach(l -> out.println("  " + l));
        if (r.previous() != null) {
            LocalDate today = LocalDate.now();
            var effect = ProfileSetChanges.lines(r.previous(), profiles, today);
            if (!effect.isEmpty()) {
                out.println("What changes in effect on " + today + ":");
                effect.forEach(l -> out.println("  " + l));
            }
        }
    }

    private static URI url(String text) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--from is not a URL: " + SafeUrl.forLog(text));
        }
    }

    private static String shortPrint(String fingerprint) {
        return fingerprint == null
                ? "?"
                : fingerprint.substring(0, Math.min(12, fingerprint.length()));
    }
}
