package nl.tztcheck.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The docs travel with the repository: no Markdown file points outside it (a reader of a clone or a
 * release has nothing there) or to a file of the repository that does not exist. Checked: the
 * targets of links and images ({@code [text](path)}, {@code [ref]: path}, {@code href="path"}) and
 * paths written as code that climb out of their folder ({@code `../x`}); an anchor into a Markdown
 * file ({@code checking.md#worked-example}, {@code #runs}) must name one of its headings, as GitHub
 * makes them. Web addresses are not checked.
 */
class MarkdownLinksTests {

    static final Path ROOT = Path.of("").toAbsolutePath().normalize();

    private static final Pattern INLINE =
            Pattern.compile("!?\\[[^\\]]*\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern REFERENCE =
            Pattern.compile("(?m)^ {0,3}\\[[^\\]]+\\]:\\s*<?(\\S+?)>?(?:\\s|$)");
    private static final Pattern HTML = Pattern.compile("(?i)(?:href|src)\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern CODE_PATH = Pattern.compile("`(\\.\\./[^`\\s]*)`");
    private static final Pattern FENCE =
            Pattern.compile("(?ms)^ {0,3}(```|~~~).*?^ {0,3}\\1[^\\n]*$");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    @Test
    void everyMarkdownFileLinksOnlyToFilesOfTheRepositoryThatExist() throws Exception {
        // given every Markdown file git tracks
        List<Path> files = markdownFiles();
        assertThat(files)
                .extracting(f -> ROOT.relativize(f).toString())
                .contains("README.md", "docs/checking.md");

        // when every link target and every code path is resolved from the file's folder
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            problems.addAll(problems(file));
        }

        // then each stays inside the repository and exists
        assertThat(problems).as("links out of the repository or to missing files").isEmpty();
    }

    @Test
    void findsALinkOutOfTheRepositoryAMissingFileAClimbingCodePathAndAMissingHeading()
            throws Exception {
        // given a page with each kind of bad target, and good ones beside them
        Path page =
                Files.writeString(
                        ROOT.resolve("docs")
                                .resolve(".links-test-" + ProcessHandle.current().pid() + ".md"),
                        """
                See [the spec](../../shared/spec/checking.md), [gone](missing.md), `../../shared/x.md` and
                [ok](checking.md#runs), [web](https://example.org/a.md), [here](#a-heading), `../README.md`,
                [no such heading](checking.md#no-such-heading).

                ## A heading

                [ref]: ../../elsewhere.md
                ```
                [in a code block](../../not-a-link.md)
                ```
                """);
        try {
            // when
            List<String> problems = problems(page);

            // then exactly the five bad ones are named, with the file and the target
            assertThat(problems).hasSize(5).allMatch(p -> p.startsWith("docs/.links-test-"));
            assertThat(String.join("\n", problems))
                    .contains(
                            "../../shared/spec/checking.md",
                            "missing.md",
                            "../../shared/x.md",
                            "../../elsewhere.md",
                            "checking.md#no-such-heading")
                    .doesNotContain("not-a-link", "example.org", "README", "#a-heading", "#runs");
        } finally {
            Files.delete(page);
        }
    }

    static List<String> problems(Path file) throws IOException {
        String text = FENCE.matcher(Files.readString(file, StandardCharsets.UTF_8)).replaceAll("");
        List<String> problems = new ArrayList<>();
        for (Pattern p : List.of(INLINE, REFERENCE, HTML)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                String target = m.group(1);
                if (SCHEME.matcher(target).find()) {
                    continue;
                }
                check(file, target, true, problems);
            }
        }
        Matcher code = CODE_PATH.matcher(text);
        while (code.find()) {
            // a path written as code: a placeholder (<dir>, *.yaml) cannot be looked up, but must
            // not climb out either
            String path = code.group(1);
            check(file, path, !path.matches(".*[<>*{}$].*"), problems);
        }
        return problems;
    }

    private static void check(Path file, String target, boolean mustExist, List<String> problems)
            throws IOException {
        String path =
                URLDecoder.decode(
                        target.replaceAll("[#?].*$", "").replace("+", "%2B"),
                        StandardCharsets.UTF_8);
        Path resolved =
                path.isEmpty()
                        ? file
                        : (path.startsWith("/")
                                        ? ROOT.resolve(path.substring(1))
                                        : file.getParent().resolve(path))
                                .normalize();
        String where = ROOT.relativize(file) + ": " + target;
        if (!resolved.startsWith(ROOT)) {
            problems.add(where + " is outside the repository");
        } else if (mustExist && !Files.exists(resolved)) {
            problems.add(where + " does not exist");
        } else if (target.contains("#")
                && resolved.toString().endsWith(".md")
                && Files.isRegularFile(resolved)) {
            String anchor =
                    URLDecoder.decode(
                            target.substring(target.indexOf('#') + 1), StandardCharsets.UTF_8);
            if (!anchors(resolved).contains(anchor)) {
                problems.add(where + " names no heading of " + ROOT.relativize(resolved));
            }
        }
    }

    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern ID = Pattern.compile("(?:id|name)=\"([^\"]+)\"");

    /**
     * The anchors GitHub gives a page: each heading lower-cased, punctuation dropped, spaces as
     * '-', repeats numbered.
     */
    static java.util.Set<String> anchors(Path md) throws IOException {
        String text = FENCE.matcher(Files.readString(md, StandardCharsets.UTF_8)).replaceAll("");
        java.util.Set<String> anchors = new java.util.HashSet<>();
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        Matcher h = HEADING.matcher(text);
        while (h.find()) {
            String slug =
                    h.group(1)
                            .replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
                            .toLowerCase(java.util.Locale.ROOT)
                            .replaceAll("[^\\p{L}\\p{N}\\- _]", "")
                            .replace(' ', '-');
            Integer n = seen.merge(slug, 0, (a, b) -> a + 1);
            anchors.add(n == 0 ? slug : slug + "-" + n);
        }
        Matcher id = ID.matcher(text);
        while (id.find()) {
            anchors.add(id.group(1));
        }
        return anchors;
    }

    /**
     * The Markdown files git tracks; without git (an unpacked source archive), every one under the
     * root but the build's.
     */
    static List<Path> markdownFiles() throws Exception {
        try {
            Process git =
                    new ProcessBuilder("git", "ls-files", "-z", "--", "*.md")
                            .directory(ROOT.toFile())
                            .redirectErrorStream(false)
                            .start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (git.waitFor() == 0 && !out.isEmpty()) {
                return Stream.of(out.split("\0"))
                        .filter(s -> !s.isEmpty())
                        .map(ROOT::resolve)
                        .toList();
            }
        } catch (IOException noGit) {
            // fall through to the walk
        }
        try (Stream<Path> walk = Files.walk(ROOT)) {
            return walk.filter(p -> p.toString().endsWith(".md"))
                    .filter(p -> !ROOT.relativize(p).toString().matches("(target|\\.git)(/.*)?"))
                    .toList();
        }
    }
}
