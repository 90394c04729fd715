package vn.dvc.dossier;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The lifecycle diagrams ({@link Lifecycle#toMermaid()}, {@link Lifecycle#toPlantUml()},
 * {@link Lifecycle#toDot()}) against golden files, against the lifecycle table itself, and against
 * {@code docs/lifecycle.md}.
 *
 * <p>The golden files are {@code src/test/resources/vn/dvc/dossier/lifecycle.mmd},
 * {@code lifecycle.puml} and {@code lifecycle.dot}, read from the test class path. The structural
 * tests do not read them: they check every format against {@link Lifecycle#edges()} and
 * {@link DossierState} directly, so a wrong golden file cannot hide a wrong diagram.
 *
 * <p>When the lifecycle changes on purpose, regenerate the golden files and the Mermaid block of
 * {@code docs/lifecycle.md} with the system property {@value #REGENERATE}:
 *
 * <pre>
 * mvn -pl dvc-core test -Dtest=LifecycleDiagramTest -Ddvc.regenerateGolden=true
 * </pre>
 *
 * With it, the golden tests rewrite the files (relative to the module directory, which is Maven's
 * working directory for tests) instead of comparing, and pass. Review the diff, update the tables of
 * {@code docs/lifecycle.md} by hand (the document tests check them too), then run the tests again
 * without the property.
 */
class LifecycleDiagramTest {

    /** The system property that rewrites the golden files instead of comparing with them. */
    static final String REGENERATE = "dvc.regenerateGolden";

    /** Where the golden files are kept, relative to the dvc-core module directory. */
    private static final Path GOLDEN_SOURCES = Path.of("src/test/resources/vn/dvc/dossier");

    /** The lifecycle document, relative to the dvc-core module directory. */
    private static final Path DOC = Path.of("../docs/lifecycle.md");

    private static final String HOW_TO_REGENERATE = "if the lifecycle changed on purpose, regenerate with"
            + " 'mvn -pl dvc-core test -Dtest=LifecycleDiagramTest -D" + REGENERATE + "=true' and review the diff";

    private static final Lifecycle LIFECYCLE = Lifecycle.standard();

    /** The pseudo-state that starts and ends the diagrams. */
    private static final String PSEUDO = "[*]";

    /** One drawn arrow: from, to (either may be {@link #PSEUDO}) and the command, or null for an end. */
    private record Arrow(String from, String to, String label) {
        @Override
        public String toString() {
            return from + " -> " + to + (label == null ? "" : " : " + label);
        }
    }

    /** A diagram format: how to draw it and how to read its states and arrows back. */
    private enum Format {
        MERMAID("lifecycle.mmd", Lifecycle::toMermaid,
                Pattern.compile("    ([A-Z_]+) : (.*)"),
                Pattern.compile("    (\\[\\*]|[A-Z_]+) --> (\\[\\*]|[A-Z_]+)(?: : (\\w+))?"),
                " / ", "stateDiagram-v2\n", "\n"),
        PLANTUML("lifecycle.puml", Lifecycle::toPlantUml,
                Pattern.compile("state ([A-Z_]+) : (.*)"),
                Pattern.compile("(\\[\\*]|[A-Z_]+) --> (\\[\\*]|[A-Z_]+)(?: : (\\w+))?"),
                " / ", "@startuml\n", "@enduml\n"),
        DOT("lifecycle.dot", Lifecycle::toDot,
                Pattern.compile("    ([A-Z_]+) \\[label=\"(.*)\"];"),
                Pattern.compile("    (start|[A-Z_]+) -> (end|[A-Z_]+)(?: \\[label=\"(\\w+)\"])?;"),
                "\\n", "digraph dossier {\n", "}\n");

        final String file;
        final Function<Lifecycle, String> draw;
        final Pattern state;
        final Pattern arrow;
        final String labelSeparator;
        final String head;
        final String tail;

        Format(String file, Function<Lifecycle, String> draw, Pattern state, Pattern arrow, String labelSeparator,
                String head, String tail) {
            this.file = file;
            this.draw = draw;
            this.state = state;
            this.arrow = arrow;
            this.labelSeparator = labelSeparator;
            this.head = head;
            this.tail = tail;
        }

        String source() {
            return draw.apply(LIFECYCLE);
        }

        /** The state declarations: name and label, in order. */
        List<String[]> states() {
            List<String[]> result = new ArrayList<>();
            for (String line : source().split("\n")) {
                Matcher m = state.matcher(line);
                if (m.matches()) {
                    result.add(new String[] {m.group(1), m.group(2)});
                }
            }
            return result;
        }

        /** The arrows, with DOT's start and end nodes read as the pseudo-state. */
        List<Arrow> arrows() {
            List<Arrow> result = new ArrayList<>();
            for (String line : source().split("\n")) {
                Matcher m = arrow.matcher(line);
                if (m.matches()) {
                    result.add(new Arrow(pseudo(m.group(1)), pseudo(m.group(2)), m.group(3)));
                }
            }
            return result;
        }

        private String pseudo(String node) {
            return this == DOT && (node.equals("start") || node.equals("end")) ? PSEUDO : node;
        }
    }

    // ------------------------------------------------------------------ golden files

    @ParameterizedTest
    @EnumSource(Format.class)
    void theDiagramEqualsItsGoldenFile(Format format) throws IOException {
        String actual = format.source();
        if (Boolean.getBoolean(REGENERATE)) {
            Files.createDirectories(GOLDEN_SOURCES);
            Path file = GOLDEN_SOURCES.resolve(format.file);
            Files.writeString(file, actual, UTF_8);
            System.err.println("LifecycleDiagramTest: rewrote " + file.toAbsolutePath().normalize());
            return;
        }
        assertThat(actual).as("%s differs from the golden file src/test/resources/vn/dvc/dossier/%s; %s",
                format, format.file, HOW_TO_REGENERATE).isEqualTo(golden(format.file));
    }

    /** A golden file from the class path, with Windows line ends (a checkout's) made Unix ones. */
    private static String golden(String file) throws IOException {
        try (InputStream in = LifecycleDiagramTest.class.getResourceAsStream(file)) {
            assertThat(in).as("the golden file src/test/resources/vn/dvc/dossier/%s is missing; %s", file,
                    HOW_TO_REGENERATE).isNotNull();
            return new String(in.readAllBytes(), UTF_8).replace("\r\n", "\n");
        }
    }

    // ------------------------------------------------------------------ structure, without golden files

    /**
     * The arrows every diagram must draw, computed from the lifecycle table: the submission from
     * the start, one arrow per edge (a declined withdrawal back to every state a withdrawal can be
     * requested from), and one end per terminal state.
     */
    private static Set<Arrow> expectedArrows() {
        Set<DossierState> withdrawable = EnumSet.noneOf(DossierState.class);
        for (Lifecycle.Edge e : LIFECYCLE.edges()) {
            if (e.to().equals(Optional.of(DossierState.WITHDRAWAL_REQUESTED))) {
                withdrawable.add(e.from());
            }
        }
        Set<Arrow> arrows = new LinkedHashSet<>();
        arrows.add(new Arrow(PSEUDO, DossierState.SUBMITTED.name(), Lifecycle.SUBMIT));
        for (Lifecycle.Edge e : LIFECYCLE.edges()) {
            if (e.to().isPresent()) {
                arrows.add(new Arrow(e.from().name(), e.to().get().name(), e.command()));
            } else {
                for (DossierState back : withdrawable) {
                    arrows.add(new Arrow(e.from().name(), back.name(), e.command()));
                }
            }
        }
        for (DossierState s : DossierState.values()) {
            if (s.isTerminal()) {
                arrows.add(new Arrow(s.name(), PSEUDO, null));
            }
        }
        return arrows;
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void everyEdgeOfTheLifecycleIsDrawnAndNothingElse(Format format) {
        List<Arrow> drawn = format.arrows();
        assertThat(drawn).as("%s arrows", format).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(expectedArrows());
        for (Lifecycle.Edge e : LIFECYCLE.edges()) {
            assertThat(drawn).as("%s draws %s", format, e)
                    .anyMatch(a -> a.from().equals(e.from().name()) && e.command().equals(a.label())
                            && e.to().map(to -> to.name().equals(a.to())).orElse(true));
        }
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void everyStateIsDeclaredWithItsPortalCodeAndBothLabels(Format format) {
        List<String[]> states = format.states();
        assertThat(states).extracting(s -> s[0]).as("%s states, in the enum's order", format)
                .containsExactly(Arrays.stream(DossierState.values()).map(Enum::name).toArray(String[]::new));
        for (String[] s : states) {
            DossierState state = DossierState.valueOf(s[0]);
            assertThat(s[1]).as("%s label of %s", format, state)
                    .isEqualTo(state.portalCode() + " " + state.label() + format.labelSeparator + state.labelEn());
        }
        // every arrow joins declared states or the pseudo-state
        Set<String> declared = states.stream().map(s -> s[0]).collect(Collectors.toSet());
        declared.add(PSEUDO);
        for (Arrow a : format.arrows()) {
            assertThat(declared).as("%s: ends of %s", format, a).contains(a.from(), a.to());
        }
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void theSubmissionStartsAndOnlyTheTerminalStatesEnd(Format format) {
        List<Arrow> drawn = format.arrows();
        assertThat(drawn).filteredOn(a -> a.from().equals(PSEUDO))
                .containsExactly(new Arrow(PSEUDO, "SUBMITTED", "Submit"));
        assertThat(drawn).filteredOn(a -> a.to().equals(PSEUDO)).extracting(Arrow::from)
                .containsExactlyInAnyOrder("REFUSED", "WITHDRAWN", "STOPPED", "RETURNED");
        // the ends are unlabelled, and nothing leaves a terminal state
        assertThat(drawn).filteredOn(a -> a.to().equals(PSEUDO)).allMatch(a -> a.label() == null);
        assertThat(drawn).filteredOn(a -> !a.to().equals(PSEUDO))
                .noneMatch(a -> !a.from().equals(PSEUDO) && DossierState.valueOf(a.from()).isTerminal());
    }

    @Test
    void theTerminalStatesAreExactlyThoseTheTableNeverLeaves() {
        Set<DossierState> left = EnumSet.noneOf(DossierState.class);
        LIFECYCLE.edges().forEach(e -> left.add(e.from()));
        Set<DossierState> terminal = EnumSet.complementOf(EnumSet.copyOf(left));
        assertThat(terminal).containsExactlyInAnyOrder(DossierState.REFUSED, DossierState.WITHDRAWN,
                DossierState.STOPPED, DossierState.RETURNED);
        for (DossierState s : DossierState.values()) {
            assertThat(s.isTerminal()).as("%s", s).isEqualTo(terminal.contains(s));
        }
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void eachFormatIsWellFormed(Format format) {
        String source = format.source();
        assertThat(source).startsWith(format.head).endsWith(format.tail).doesNotContain("\r", "\t");
        // every line is a header, a declaration, an arrow or a known directive
        List<String> other = new ArrayList<>();
        for (String line : source.split("\n")) {
            if (!format.state.matcher(line).matches() && !format.arrow.matcher(line).matches()) {
                other.add(line);
            }
        }
        switch (format) {
            case MERMAID -> assertThat(other).containsExactly("stateDiagram-v2");
            case PLANTUML -> assertThat(other).containsExactly("@startuml", "hide empty description", "@enduml");
            case DOT -> assertThat(other).containsExactly("digraph dossier {", "    rankdir=LR;",
                    "    node [shape=box, style=rounded];", "    start [shape=point];",
                    "    end [shape=doublecircle, label=\"\", width=0.2];", "}");
            default -> throw new AssertionError(format);
        }
        // labels hold nothing that would end a quoted DOT string or a Mermaid or PlantUML line
        for (DossierState s : DossierState.values()) {
            assertThat(s.label() + s.labelEn()).doesNotContain("\"", "\\", "\n", ":", ";", "{", "}");
        }
    }

    // ------------------------------------------------------------------ docs/lifecycle.md

    private static String doc() throws IOException {
        assertThat(DOC).as("docs/lifecycle.md, read as %s from the dvc-core module directory",
                DOC.toAbsolutePath().normalize()).isRegularFile();
        return Files.readString(DOC, UTF_8).replace("\r\n", "\n");
    }

    private static final Pattern MERMAID_BLOCK = Pattern.compile("```mermaid\n(.*?)```", Pattern.DOTALL);

    @Test
    void theDiagramInTheDocsIsTheGoldenMermaid() throws IOException {
        String doc = doc();
        Matcher m = MERMAID_BLOCK.matcher(doc);
        assertThat(m.find()).as("a ```mermaid block in docs/lifecycle.md").isTrue();
        if (Boolean.getBoolean(REGENERATE)) {
            String updated = doc.substring(0, m.start(1)) + LIFECYCLE.toMermaid() + doc.substring(m.end(1));
            Files.writeString(DOC, updated, UTF_8);
            System.err.println("LifecycleDiagramTest: rewrote the Mermaid block of "
                    + DOC.toAbsolutePath().normalize());
            return;
        }
        String block = m.group(1);
        assertThat(m.find()).as("only one ```mermaid block in docs/lifecycle.md").isFalse();
        assertThat(block).as("the Mermaid block of docs/lifecycle.md differs from lifecycle.mmd; %s",
                HOW_TO_REGENERATE).isEqualTo(golden("lifecycle.mmd"));
    }

    /** The rows of the Markdown table whose header row starts with {@code | first |}, as trimmed cells. */
    private static List<List<String>> table(String doc, String first) {
        List<List<String>> rows = new ArrayList<>();
        boolean in = false;
        for (String line : doc.split("\n")) {
            if (line.startsWith("| " + first + " |")) {
                in = true;
                continue;
            }
            if (in && line.startsWith("|---")) {
                continue;
            }
            if (in && !line.startsWith("|")) {
                break;
            }
            if (in) {
                String[] cells = line.substring(1, line.length() - 1).split("\\|", -1);
                rows.add(Arrays.stream(cells).map(String::strip).toList());
            }
        }
        assertThat(rows).as("the table '%s' of docs/lifecycle.md", first).isNotEmpty();
        return rows;
    }

    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z_]+[A-Z]");

    private static List<String> names(String cell) {
        List<String> result = new ArrayList<>();
        Matcher m = NAME.matcher(cell);
        while (m.find()) {
            result.add(m.group());
        }
        return result;
    }

    @Test
    void theStatesTableOfTheDocsMatchesTheEnum() throws IOException {
        List<String> expected = new ArrayList<>();
        for (DossierState s : DossierState.values()) {
            expected.add(String.join(" | ", "`" + s.name() + "`", String.valueOf(s.portalCode()),
                    "`" + s.portalKey() + "`", s.label(), s.labelEn(), s.isTerminal() ? "yes" : "no"));
        }
        List<String> actual = table(doc(), "State").stream().map(r -> String.join(" | ", r)).toList();
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    /**
     * The commands table lists each move as {@code | `Command` | `FROM`, `FROM` → `TO`; ... | ROLE,
     * ROLE | form |}; a declined withdrawal goes back to "the state before the request".
     */
    @Test
    void theCommandsTableOfTheDocsMatchesTheLifecycle() throws IOException {
        Set<String> expected = new TreeSet<>();
        expected.add(move(PSEUDO, Lifecycle.SUBMIT, "SUBMITTED", Lifecycle.SUBMIT_ROLES));
        for (Lifecycle.Edge e : LIFECYCLE.edges()) {
            expected.add(move(e.from().name(), e.command(), e.to().map(Enum::name).orElse("back"), e.roles()));
        }
        Set<String> actual = new TreeSet<>();
        for (List<String> row : table(doc(), "Command")) {
            String command = row.get(0).replace("`", "");
            Set<Role> roles = EnumSet.noneOf(Role.class);
            names(row.get(2)).forEach(n -> roles.add(Role.valueOf(n)));
            for (String pair : row.get(1).split(";")) {
                String[] sides = pair.split("→");
                assertThat(sides).as("'%s' in the row of %s", pair, command).hasSize(2);
                List<String> to = names(sides[1]);
                List<String> from = sides[0].contains(PSEUDO) ? List.of(PSEUDO) : names(sides[0]);
                for (String f : from) {
                    actual.add(move(f, command, to.isEmpty() ? "back" : to.get(0), roles));
                }
            }
            assertThat(row.get(3)).as("the form cell of %s", command).isNotBlank();
        }
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    private static String move(String from, String command, String to, Set<Role> roles) {
        return command + ": " + from + " -> " + to + " by " + new TreeSet<>(roles);
    }
}
