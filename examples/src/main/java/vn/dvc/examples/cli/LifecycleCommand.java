package vn.dvc.examples.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.dvc.dossier.Lifecycle;

/**
 * {@code dvc lifecycle [--format mermaid|plantuml|dot]}: the dossier lifecycle of
 * {@link Lifecycle#standard()} as diagram source, in plain text rather than JSON: a Mermaid state
 * diagram (the default), a PlantUML state diagram or a Graphviz DOT digraph, ready for a renderer,
 * e.g. {@code dvc lifecycle --format dot | dot -Tsvg > lifecycle.svg}. The text is exactly what
 * {@link Lifecycle#toMermaid()}, {@link Lifecycle#toPlantUml()} or {@link Lifecycle#toDot()}
 * returns.
 */
final class LifecycleCommand implements Command {

    private static final String FORMAT = "--format";
    private static final String DEFAULT = "mermaid";

    /** Each format's name and how the lifecycle draws it, in the order they are listed in messages. */
    private static final Map<String, Function<Lifecycle, String>> FORMATS = formats();

    private static Map<String, Function<Lifecycle, String>> formats() {
        Map<String, Function<Lifecycle, String>> m = new LinkedHashMap<>();
        m.put("mermaid", Lifecycle::toMermaid);
        m.put("plantuml", Lifecycle::toPlantUml);
        m.put("dot", Lifecycle::toDot);
        return m;
    }

    @Override
    public void run(List<String> args, InputStream in, PrintStream out) throws UsageException {
        String format = format(args);
        // Drawn completely before printing, so that a failure prints nothing to standard output.
        String source = FORMATS.get(format).apply(Lifecycle.standard());
        out.print(source);
        out.flush();
    }

    /** The format named by {@code --format NAME}, or the default when no argument is given. */
    private static String format(List<String> args) throws UsageException {
        if (args.isEmpty()) {
            return DEFAULT;
        }
        String first = args.get(0);
        if (!first.equals(FORMAT)) {
            if (first.startsWith("--")) {
                throw new UsageException(String.format("lifecycle: unknown option '%s': expected %s",
                        Arguments.printable(first), FORMAT));
            }
            throw new UsageException(String.format("lifecycle: unexpected argument '%s': expected %s %s;"
                    + " see 'dvc help'", Arguments.printable(first), FORMAT, names("|")));
        }
        if (args.size() < 2 || args.get(1).startsWith("--")) {
            throw new UsageException("lifecycle: " + FORMAT + " needs a value: " + choices());
        }
        String value = args.get(1);
        if (args.size() > 2) {
            String extra = args.get(2);
            if (extra.equals(FORMAT)) {
                throw new UsageException("lifecycle: " + FORMAT + " is given more than once");
            }
            throw new UsageException(String.format("lifecycle: unexpected argument '%s': expected only %s %s",
                    Arguments.printable(extra), FORMAT, names("|")));
        }
        if (!FORMATS.containsKey(value)) {
            throw new UsageException(String.format("%s '%s' is not a diagram format: expected %s",
                    FORMAT, Arguments.printable(value), choices()));
        }
        return value;
    }

    private static String names(String separator) {
        return String.join(separator, FORMATS.keySet());
    }

    /** The formats as a phrase: {@code mermaid, plantuml or dot}. */
    private static String choices() {
        List<String> all = List.copyOf(FORMATS.keySet());
        return String.join(", ", all.subList(0, all.size() - 1)) + " or " + all.get(all.size() - 1);
    }
}
