package nl.tztcheck.profiles;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import nl.tztcheck.claims.LineClassifier;
import nl.tztcheck.claims.LineKind;
import nl.tztcheck.i18n.StoredText;
import org.jspecify.annotations.Nullable;

/**
 * The national rule and every insurer overlay in a directory, validated as a whole before any claim
 * is read. Resolves which effective profile applies to a UZOVI code on a date.
 */
public final class ProfileSet implements LineClassifier {

    public static final String NATIONAL_FILE = "national.yaml";

    private final InsurerProfile national;
    private final List<InsurerProfile> insurers;
    private final Map<String, InsurerProfile> byUzovi;
    private final String fingerprint;
    private final Map<String, List<Period>> periods =
            new java.util.concurrent.ConcurrentHashMap<>();

    ProfileSet(InsurerProfile national, List<InsurerProfile> insurers, String fingerprint) {
        this.national = national;
        this.insurers = List.copyOf(insurers);
        this.fingerprint = fingerprint;
        Map<String, InsurerProfile> map = new LinkedHashMap<>();
        for (InsurerProfile p : insurers) {
            p.labels().forEach(l -> map.put(l.uzovi(), p));
        }
        this.byUzovi = Map.copyOf(map);
    }

    /**
     * Loads and validates {@code dir}: {@value #NATIONAL_FILE} plus one {@code *.yaml} per insurer.
     *
     * @throws InvalidProfilesException listing every problem found, each with file and field
     */
    public static ProfileSet load(Path dir) {
        List<ProfileProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            throw new InvalidProfilesException(
                    List.of(
                            new ProfileProblem(
                                    dir.toString(),
                                    "(directory)",
                                    StoredText.of("profiles.notADirectory"))));
        }
        List<Path> files = yamlFiles(dir);
        Path nationalPath = dir.resolve(NATIONAL_FILE);
        if (!Files.isRegularFile(nationalPath)) {
            throw new InvalidProfilesException(
                    List.of(
                            new ProfileProblem(
                                    nationalPath.toString(),
                                    "(file)",
                                    StoredText.of("profiles.nationalMissing"))));
        }
        InsurerProfile national =
                new ProfileFileReader(NATIONAL_FILE, problems).read(nationalPath, true);
        List<InsurerProfile> insurers = new ArrayList<>();
        for (Path f : files) {
            if (!f.getFileName().toString().equals(NATIONAL_FILE)) {
                InsurerProfile p =
                        new ProfileFileReader(f.getFileName().toString(), problems).read(f, false);
                if (p != null) {
                    insurers.add(p);
                }
            }
        }
        if (national != null) {
            new ProfileSetValidator(problems).validate(national, insurers);
        }
        if (!problems.isEmpty()) {
            throw new InvalidProfilesException(problems);
        }
        // no problem: the national file was read
        return new ProfileSet(requireNonNull(national), insurers, fingerprint(files));
    }

    private static List<Path> yamlFiles(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(
                            p -> {
                                String n = p.getFileName().toString();
                                return Files.isRegularFile(p)
                                        && (n.endsWith(".yaml") || n.endsWith(".yml"));
                            })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * SHA-256 over the file names and bytes, in name order: the same profiles give the same
     * fingerprint.
     */
    private static String fingerprint(List<Path> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path f : files) {
                digest.update(
                        f.getFileName()
                                .toString()
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(f));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The insurer version over the national version valid on {@code date}; empty means NO_PROFILE.
     */
    public Optional<EffectiveProfile> resolve(String uzovi, LocalDate date) {
        for (Period p : periods.computeIfAbsent(uzovi, this::periodsOf)) {
            if (!date.isBefore(p.from) && (p.to == null || !date.isAfter(p.to))) {
                return Optional.of(p.profile);
            }
        }
        return Optional.empty();
    }

    /** A stretch of days in which one insurer version and one national version both apply. */
    private record Period(LocalDate from, @Nullable LocalDate to, EffectiveProfile profile) {}

    private List<Period> periodsOf(String uzovi) {
        InsurerProfile insurer = byUzovi.get(uzovi);
        List<Period> list = new ArrayList<>();
        if (insurer == null) {
            return list;
        }
        for (ProfileVersion iv : insurer.versions()) {
            for (ProfileVersion nv : national.versions()) {
                if (iv.overlaps(nv)) {
                    LocalDate from =
                            iv.validFrom().isAfter(nv.validFrom())
                                    ? iv.validFrom()
                                    : nv.validFrom();
                    LocalDate to =
                            iv.validTo() == null
                                    ? nv.validTo()
                                    : nv.validTo() == null || iv.validTo().isBefore(nv.validTo())
                                            ? iv.validTo()
                                            : nv.validTo();
                    list.add(new Period(from, to, merge(insurer, iv, nv)));
                }
            }
        }
        return List.copyOf(list);
    }

    static EffectiveProfile merge(InsurerProfile insurer, ProfileVersion iv, ProfileVersion nv) {
        return new EffectiveProfile(
                insurer.id(), insurer.name(), iv, nv, iv.settings().over(nv.settings()));
    }

    /**
     * The national version valid on a date, for the national rules that apply even without an
     * insurer profile.
     */
    public Optional<ProfileVersion> nationalOn(LocalDate date) {
        return national.versionOn(date);
    }

    @Override
    public LineKind kindOf(String serviceCode, String uzovi, LocalDate date) {
        Terms s =
                resolve(uzovi, date)
                        .map(EffectiveProfile::settings)
                        .or(() -> nationalOn(date).map(v -> v.settings().complete()))
                        .orElseGet(
                                () ->
                                        national.versions()
                                                .get(national.versions().size() - 1)
                                                .settings()
                                                .complete());
        // national settings set every dimension (the reader refuses a national version that does
        // not)
        if (requireNonNull(s.technologyCodes()).contains(serviceCode)) {
            return LineKind.TECHNOLOGY;
        }
        return requireNonNull(s.regularCareCodes()).contains(serviceCode)
                ? LineKind.REGULAR_CARE
                : LineKind.OTHER;
    }

    public InsurerProfile national() {
        return national;
    }

    public List<InsurerProfile> insurers() {
        return insurers;
    }

    public Optional<InsurerProfile> insurerFor(String uzovi) {
        return Optional.ofNullable(byUzovi.get(uzovi));
    }

    public String fingerprint() {
        return fingerprint;
    }

    /** The worst trust over every version of one profile (national or insurer). */
    public static Trust trustOf(InsurerProfile profile) {
        return Trust.worst(profile.versions().stream().map(ProfileVersion::trust).toList());
    }

    /**
     * The trust of the conditions that judge an insurer's lines on a date: per dimension, the
     * source of the version that sets it (the insurer's where it sets one, else the national one),
     * the worst of all. Without an insurer profile, the national one; without any version,
     * UNVERIFIED.
     */
    public Trust trustOn(String insurerId, LocalDate date) {
        Optional<ProfileVersion> nv = national.versionOn(date);
        Optional<InsurerProfile> insurer =
                insurers.stream().filter(p -> p.id().equals(insurerId)).findFirst();
        if (nv.isEmpty()) {
            return Trust.UNVERIFIED;
        }
        if (insurer.isEmpty()) {
            return nv.get().trust();
        }
        return insurer.get()
                .versionOn(date)
                .map(iv -> merge(insurer.get(), iv, nv.get()).trust())
                .orElse(Trust.UNVERIFIED);
    }

    /** The worst trust over the whole set: what a figure summed over all insurers may claim. */
    public Trust trust() {
        Trust t = trustOf(national);
        for (InsurerProfile p : insurers) {
            t = t.and(trustOf(p));
        }
        return t;
    }
}
