package nl.tztcheck.comparison;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import nl.tztcheck.claims.Technology;
import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.profiles.Trust;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads evidence.json back; a file that is not evidence (e.g. summary.json) is told apart, not
 * misread.
 */
public final class EvidenceReader {

    private EvidenceReader() {}

    /**
     * True when the file is a tzt-check evidence file of any version (an old one is then refused by
     * {@link #read}).
     */
    public static boolean isEvidence(Path file) {
        try {
            return EvidenceJson.JSON
                    .readTree(file.toFile())
                    .path("format")
                    .asString("")
                    .startsWith(ProviderEvidence.FORMAT_FAMILY);
        } catch (JacksonException e) {
            return false;
        }
    }

    /**
     * @throws IllegalArgumentException naming the file and field when the content is not usable
     */
    public static ProviderEvidence read(Path file) throws IOException {
        JsonNode root;
        try {
            root = EvidenceJson.JSON.readTree(file.toFile());
        } catch (JacksonException e) {
            throw new IllegalArgumentException(
                    file + ": not readable as JSON: " + e.getOriginalMessage());
        }
        String format = root.path("format").asString("");
        if (!ProviderEvidence.FORMAT.equals(format)) {
            throw new IllegalArgumentException(
                    file
                            + ", field format: is \""
                            + format
                            + "\", expected \""
                            + ProviderEvidence.FORMAT
                            + "\""
                            + (format.startsWith(ProviderEvidence.FORMAT_FAMILY)
                                    ? " (an older file, whose suppressed cells could be derived and which names no profiles): run check again"
                                    : ""));
        }
        List<InsurerEvidence> insurers = new ArrayList<>();
        for (JsonNode i : root.path("insurers")) {
            insurers.add(insurer(file, i));
        }
        JsonNode provider = root.path("provider");
        return new ProviderEvidence(
                provider.isString() && !provider.asString().isBlank() ? provider.asString() : null,
                root.path("period").path("firstMonth").asString(""),
                root.path("period").path("lastMonth").asString(""),
                root.path("minimumClients").asInt(EvidenceBuilder.MIN_CLIENTS),
                root.path("profiles").path("fingerprint").asString(""),
                trust(file, root.path("profiles").path("trust"), "profiles.trust"),
                insurers);
    }

    private static Trust trust(Path file, JsonNode node, String field) {
        String code = node.asString("");
        for (Trust t : Trust.values()) {
            if (t.code().equals(code)) {
                return t;
            }
        }
        throw new IllegalArgumentException(
                file
                        + ", field "
                        + field
                        + ": is \""
                        + code
                        + "\"; expected verified, unverified or illustrative");
    }

    private static InsurerEvidence insurer(Path file, JsonNode i) {
        String id = i.path("insurer").asString("");
        if (id.isEmpty()) {
            throw new IllegalArgumentException(file + ", field insurers[].insurer: missing");
        }
        String name = i.path("name").asString(id);
        Trust trust = trust(file, i.path("trust"), "insurers[" + id + "].trust");
        List<ProfileUse> uses = new ArrayList<>();
        for (JsonNode u : i.path("profileVersions")) {
            Map<String, Trust> dims = new TreeMap<>();
            u.path("dimensions")
                    .properties()
                    .forEach(
                            d ->
                                    dims.put(
                                            d.getKey(),
                                            trust(
                                                    file,
                                                    d.getValue(),
                                                    "profileVersions.dimensions")));
            uses.add(
                    new ProfileUse(
                            u.path("version").asString(""),
                            u.path("nationalVersion").asString(""),
                            trust(file, u.path("trust"), "profileVersions.trust"),
                            dims));
        }
        if (i.path("suppressed").asBoolean(false)) {
            return InsurerEvidence.suppressed(id, name, trust, uses);
        }
        InsurerFigures f =
                new InsurerFigures(
                        i.path("clients").asLong(),
                        i.path("clientMonths").asLong(),
                        i.path("technologyLines").asLong(),
                        i.path("minutesClaimed").asLong(),
                        i.path("minutesAllowed").asLong(),
                        i.path("claimedCents").asLong(),
                        i.path("reimbursableCents").asLong(),
                        i.path("atRiskCents").asLong(),
                        i.path("uncheckedCents").asLong());
        return new InsurerEvidence(
                id,
                name,
                false,
                f,
                cells(file, i.path("costGapByTechnology"), Technology.class, Technology::valueOf),
                cells(file, i.path("findingsByCode"), FindingCode.class, FindingCode::valueOf),
                cells(file, i.path("atRiskByCause"), EvidenceGroup.class, EvidenceGroup::valueOf),
                trust,
                uses);
    }

    private static <K extends Enum<K>> Map<K, EvidenceCell> cells(
            Path file, JsonNode node, Class<K> type, Function<String, K> key) {
        Map<K, EvidenceCell> map = new EnumMap<>(type);
        node.properties()
                .forEach(
                        e -> {
                            JsonNode c = e.getValue();
                            K k;
                            try {
                                k = key.apply(e.getKey());
                            } catch (IllegalArgumentException unknown) {
                                throw new IllegalArgumentException(
                                        file
                                                + ", field "
                                                + e.getKey()
                                                + ": not a known "
                                                + type.getSimpleName()
                                                + " (written by a newer tzt-check?)");
                            }
                            long count =
                                    c.has("lines")
                                            ? c.path("lines").asLong()
                                            : c.path("findings").asLong();
                            map.put(
                                    k,
                                    c.path("suppressed").asBoolean(false)
                                            ? EvidenceCell.SUPPRESSED
                                            : new EvidenceCell(
                                                    false,
                                                    c.path("clients").asLong(),
                                                    c.path("clientMonths").asLong(),
                                                    count,
                                                    c.path("cents").asLong(),
                                                    c.path("overlapCents").asLong()));
                        });
        return map;
    }
}
