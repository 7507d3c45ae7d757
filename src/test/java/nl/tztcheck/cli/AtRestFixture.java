package nl.tztcheck.cli;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.tztcheck.claims.Bsn;

/**
 * For the data-at-rest scans: an export made from claims-small.csv with client numbers and BSNs of
 * this test run's own (random, so rows left in a shared database by other runs never count, and a
 * hit is this run's), plus lines that carry a valid BSN in line id, product, the reversed line id
 * and the approval reference; the check run as a child process (optionally halted, as kill -9
 * would, after a step); and the scans: every byte of every file of a directory, and every row of
 * every table of a database.
 */
final class AtRestFixture {

    static final int COPIES = 40;
    private static final Pattern NINE_DIGITS = Pattern.compile("(?<!\\d)\\d{9}(?!\\d)");

    /**
     * The export and every identifier in it (client numbers, BSNs in the BSN column and in free
     * text).
     */
    record Export(Path claims, Set<String> identifiers, String bsnInLineId) {}

    private AtRestFixture() {}

    static Export export(Path dir) throws IOException {
        Random random = new Random();
        List<String> rows =
                Files.readAllLines(
                        Path.of("sample-claims", "claims-small.csv"), StandardCharsets.UTF_8);
        Map<String, String> clients = new HashMap<>();
        Map<String, String> bsns = new HashMap<>();
        Set<String> ids = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        out.add(rows.get(0));
        // the sample 40 times over (some 2,000 rows), each copy with its own line ids, clients and
        // BSNs: enough rows that the
        // pages of dropped staging tables are not all reused by the time the run ends
        for (int copy = 0; copy < COPIES; copy++) {
            String prefix = copy == 0 ? "" : "K" + copy + "-";
            for (String row : rows.subList(1, rows.size())) {
                String[] c = row.split(";", -1);
                c[0] = prefix + c[0];
                c[1] = clients.computeIfAbsent(copy + ":" + c[1], k -> "KL" + digits(random, 9));
                c[2] = bsns.computeIfAbsent(copy + ":" + c[2], k -> like(c[2], random));
                if (!c[13].isEmpty()) {
                    c[13] = prefix + c[13];
                }
                out.add(String.join(";", c));
            }
        }
        // a BSN typed into the free-text fields; the credit reverses the debit by its
        // (BSN-carrying) line id
        String client = "KL" + digits(random, 9);
        String bsn = validBsn(random);
        String inLineId = validBsn(random);
        String inProduct = validBsn(random);
        String inApproval = validBsn(random);
        out.add(
                "X-"
                        + inLineId
                        + ";"
                        + client
                        + ";"
                        + bsn
                        + ";9664;1062;11-03-2024;60;65,00;65,00;MEDICATIE;Medido "
                        + inProduct
                        + ";ZVW;D;;N;TOE-"
                        + inApproval);
        out.add(
                "X-"
                        + inLineId
                        + "-C;"
                        + client
                        + ";"
                        + bsn
                        + ";9664;1062;12-03-2024;60;65,00;-65,00;MEDICATIE;Medido;ZVW;C;X-"
                        + inLineId
                        + ";N;");
        out.add(
                inLineId
                        + ";"
                        + client
                        + ";"
                        + bsn
                        + ";9664;1062;13-03-2024;30;65,00;32,50;VIDEO;"
                        + inProduct
                        + ";ZVW;D;;N;");
        clients.values().forEach(ids::add);
        ids.add(client);
        for (String v : bsns.values()) {
            if (v.trim().length() >= 8 && !v.trim().equals(Bsn.NONE)) {
                ids.add(v.trim());
            }
        }
        ids.addAll(List.of(bsn, inLineId, inProduct, inApproval));
        Path claims = dir.resolve("claims-at-rest.csv");
        Files.write(claims, out, StandardCharsets.UTF_8);
        return new Export(claims, Collections.unmodifiableSet(ids), inLineId);
    }

    /**
     * A BSN of the same kind: "no BSN" and blanks stay, a valid one becomes another valid one, an
     * invalid one another invalid one.
     */
    private static String like(String bsn, Random random) {
        String t = bsn.trim();
        if (t.isEmpty() || t.equals(Bsn.NONE) || !t.chars().allMatch(Character::isDigit)) {
            return bsn;
        }
        if (Bsn.isValid(t)) {
            return validBsn(random);
        }
        String s;
        do {
            s = digits(random, t.length());
        } while (Bsn.isValid(s));
        return s;
    }

    static String validBsn(Random random) {
        String s;
        do {
            s = digits(random, 9);
        } while (!Bsn.isValid(s) || s.startsWith("0"));
        return s;
    }

    private static String digits(Random random, int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append((char) ('0' + random.nextInt(10)));
        }
        return b.toString();
    }

    /** Every valid BSN (9 digits) in a text. */
    static Set<String> bsnsIn(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = NINE_DIGITS.matcher(text);
        while (m.find()) {
            if (Bsn.isValid(m.group())) {
                found.add(m.group());
            }
        }
        return found;
    }

    /**
     * Runs {@code check} in a child JVM, as a user would; with haltAfterStep, the process ends
     * itself (as kill -9 would) when that step's work is committed. Returns the exit code.
     */
    static int check(
            Path claims,
            Path out,
            Path data,
            Path log,
            String haltAfterStep,
            Map<String, String> env,
            String... args)
            throws Exception {
        List<String> cmd =
                new ArrayList<>(
                        List.of(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-cp",
                                System.getProperty("java.class.path")));
        if (haltAfterStep != null) {
            cmd.add("-Dtzt.fault.halt-after-step=" + haltAfterStep);
        }
        cmd.add("-Dtzt.verification.allow-plain-http-for-tests=true");
        cmd.addAll(
                List.of(
                        TztCheckCli.class.getName(),
                        "check",
                        "--claims",
                        claims.toString(),
                        "--profiles",
                        "insurer-profiles",
                        "--costs",
                        "technology-costs.yaml",
                        "--out",
                        out.toString(),
                        "--data-dir",
                        data.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb =
                new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment()
                .remove("TZT_PSEUDONYM_KEY"); // the key file in the data directory, as by default
        pb.environment().remove("TZT_DATA_DIR");
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(3, TimeUnit.MINUTES)) {
            p.destroyForcibly().waitFor();
            throw new AssertionError(
                    "the check did not end within 3 minutes: " + Files.readString(log));
        }
        return p.exitValue();
    }

    /**
     * Every identifier found in any file under dir, as "file: identifier": whole-file byte search,
     * and the printable ASCII runs of 6 or more characters (what {@code strings} shows) searched
     * one by one.
     */
    static List<String> scanFiles(Path dir, Set<String> identifiers) throws IOException {
        List<String> hits = new ArrayList<>();
        List<Path> files;
        try (var walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            String whole = new String(bytes, StandardCharsets.ISO_8859_1);
            String strings = String.join("\n", printableRuns(bytes, 6));
            for (String id : identifiers) {
                if (whole.contains(id) || strings.contains(id)) {
                    hits.add(dir.relativize(f) + ": " + id);
                }
            }
        }
        return hits;
    }

    static List<String> printableRuns(byte[] bytes, int min) {
        List<String> runs = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= bytes.length; i++) {
            boolean printable =
                    i < bytes.length && ((bytes[i] >= 0x20 && bytes[i] < 0x7f) || bytes[i] == '\t');
            if (printable && start < 0) {
                start = i;
            } else if (!printable && start >= 0) {
                if (i - start >= min) {
                    runs.add(new String(bytes, start, i - start, StandardCharsets.US_ASCII));
                }
                start = -1;
            }
        }
        return runs;
    }

    /**
     * A stand-in for the insurance verification service on loopback: everyone insured with 9664;
     * the BSNs asked about are kept.
     */
    static HttpServer verificationService(Set<String> asked) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(
                "/",
                exchange -> {
                    String body =
                            new String(
                                    exchange.getRequestBody().readAllBytes(),
                                    StandardCharsets.UTF_8);
                    synchronized (asked) {
                        asked.addAll(bsnsIn(body));
                    }
                    byte[] answer =
                            "{\"insured\":true,\"uzovi\":\"9664\",\"from\":\"2020-01-01\",\"to\":null}"
                                    .getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, answer.length);
                    exchange.getResponseBody().write(answer);
                    exchange.close();
                });
        server.start();
        return server;
    }
}
