package vn.dvc.dossier;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The dossier lifecycle as data: which command may move a dossier from which state to which, and
 * which roles may issue it. The {@link DossierEngine} runs this table, and the diagrams
 * ({@link #toMermaid()}, {@link #toPlantUml()}, {@link #toDot()}) are drawn from it, so they cannot
 * drift apart.
 */
public final class Lifecycle {

    /**
     * One allowed move.
     *
     * @param from the state the command applies to
     * @param command the command's name ({@link DossierCommand#name()})
     * @param to the state after it; empty for "back to the state before the withdrawal request"
     * @param roles the roles that may issue it
     */
    public record Edge(DossierState from, String command, Optional<DossierState> to, Set<Role> roles) {
        /** Copies the set. */
        public Edge {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(command, "command");
            Objects.requireNonNull(to, "to");
            roles = Collections.unmodifiableSet(EnumSet.copyOf(roles));
        }
    }

    /** The command that creates a dossier, drawn from the initial pseudo-state. */
    public static final String SUBMIT = "Submit";

    /** The roles that may submit. */
    public static final Set<Role> SUBMIT_ROLES = Collections.unmodifiableSet(
            EnumSet.of(Role.APPLICANT, Role.RECEPTION_OFFICER, Role.POSTAL_AGENT, Role.SYSTEM));

    /** Number of command kinds: the row length of the flat tables (set before STANDARD is built). */
    private static final int KINDS = CommandKind.values().length;
    private static final Lifecycle STANDARD = build();

    private final List<Edge> edges;
    /** edgeTable[state.ordinal()][kind.ordinal()], null where the command is not allowed. */
    private final Edge[][] edgeTable;
    /** roleMasks[state.ordinal() * KINDS + kind.ordinal()]: bit r set when role ordinal r may issue the command. */
    private final int[] roleMasks;

    private Lifecycle(List<Edge> edges) {
        this.edges = List.copyOf(edges);
        this.edgeTable = new Edge[DossierState.values().length][CommandKind.values().length];
        this.roleMasks = new int[DossierState.values().length * KINDS];
        for (Edge e : edges) {
            int kind = CommandKind.ofName(e.command()).ordinal();
            edgeTable[e.from().ordinal()][kind] = e;
            int mask = 0;
            for (Role r : e.roles()) {
                mask |= 1 << r.ordinal();
            }
            roleMasks[e.from().ordinal() * KINDS + kind] = mask;
        }
    }

    /**
     * The lifecycle of Decree 61/2018 (as kept by Decree 118/2025) that dvc implements.
     *
     * @return the shared instance
     */
    public static Lifecycle standard() {
        return STANDARD;
    }

    private static Lifecycle build() {
        List<Edge> e = new ArrayList<>();
        Set<Role> reception = EnumSet.of(Role.RECEPTION_OFFICER);
        Set<Role> processing = EnumSet.of(Role.PROCESSING_OFFICER, Role.APPROVER);
        Set<Role> officers = EnumSet.of(Role.RECEPTION_OFFICER, Role.PROCESSING_OFFICER, Role.APPROVER);
        Set<Role> applicant = EnumSet.of(Role.APPLICANT);
        add(e, DossierState.SUBMITTED, "RequestCompletion", DossierState.COMPLETION_REQUESTED,
                EnumSet.of(Role.RECEPTION_OFFICER, Role.SYSTEM));
        add(e, DossierState.SUBMITTED, "Receive", DossierState.RECEIVED, EnumSet.of(Role.RECEPTION_OFFICER, Role.SYSTEM));
        add(e, DossierState.SUBMITTED, "RefuseReceipt", DossierState.REFUSED, reception);
        add(e, DossierState.COMPLETION_REQUESTED, "Complete", DossierState.SUBMITTED, applicant);
        add(e, DossierState.COMPLETION_REQUESTED, "RefuseReceipt", DossierState.REFUSED, reception);
        add(e, DossierState.RECEIVED, "HandOver", DossierState.PROCESSING, reception);
        add(e, DossierState.PROCESSING, "HandOver", DossierState.PROCESSING, processing);
        add(e, DossierState.PROCESSING, "RequestSupplement", DossierState.SUPPLEMENT_REQUESTED, processing);
        add(e, DossierState.PROCESSING, "RequestFinancialObligation", DossierState.FINANCIAL_OBLIGATION, processing);
        add(e, DossierState.PROCESSING, "ApologizeAndExtend", DossierState.PROCESSING, processing);
        add(e, DossierState.PROCESSING, "StopProcessing", DossierState.STOPPED, processing);
        add(e, DossierState.PROCESSING, "Approve", DossierState.RESOLVED, EnumSet.of(Role.APPROVER));
        add(e, DossierState.PROCESSING, "Reject", DossierState.RESOLVED, EnumSet.of(Role.APPROVER));
        add(e, DossierState.SUPPLEMENT_REQUESTED, "Supplement", DossierState.PROCESSING,
                EnumSet.of(Role.APPLICANT, Role.POSTAL_AGENT));
        add(e, DossierState.SUPPLEMENT_REQUESTED, "StopProcessing", DossierState.STOPPED, processing);
        add(e, DossierState.FINANCIAL_OBLIGATION, "ConfirmFinancialObligation", DossierState.PROCESSING,
                EnumSet.of(Role.SYSTEM, Role.RECEPTION_OFFICER, Role.PROCESSING_OFFICER));
        add(e, DossierState.FINANCIAL_OBLIGATION, "ApologizeAndExtend", DossierState.FINANCIAL_OBLIGATION, processing);
        add(e, DossierState.FINANCIAL_OBLIGATION, "StopProcessing", DossierState.STOPPED, processing);
        for (DossierState s : List.of(DossierState.SUBMITTED, DossierState.COMPLETION_REQUESTED, DossierState.RECEIVED,
                DossierState.PROCESSING, DossierState.SUPPLEMENT_REQUESTED, DossierState.FINANCIAL_OBLIGATION)) {
            add(e, s, "RequestWithdrawal", DossierState.WITHDRAWAL_REQUESTED, applicant);
        }
        add(e, DossierState.WITHDRAWAL_REQUESTED, "AcceptWithdrawal", DossierState.WITHDRAWN, officers);
        e.add(new Edge(DossierState.WITHDRAWAL_REQUESTED, "DeclineWithdrawal", Optional.empty(), officers));
        add(e, DossierState.RESOLVED, "ReturnResult", DossierState.RETURNED,
                EnumSet.of(Role.RECEPTION_OFFICER, Role.POSTAL_AGENT, Role.SYSTEM));
        return new Lifecycle(e);
    }

    private static void add(List<Edge> e, DossierState from, String command, DossierState to, Set<Role> roles) {
        e.add(new Edge(from, command, Optional.of(to), roles));
    }

    /**
     * Every allowed move, in a stable order.
     *
     * @return the edges
     */
    public List<Edge> edges() {
        return edges;
    }

    /**
     * The move a command makes from a state, if it is allowed there.
     *
     * @param from the state
     * @param command the command's name
     * @return the edge, or empty if the command is not allowed in that state
     */
    public Optional<Edge> edge(DossierState from, String command) {
        for (CommandKind kind : CommandKind.values()) {
            if (kind.commandName().equals(command)) {
                return Optional.ofNullable(edgeOrNull(from, kind));
            }
        }
        return Optional.empty();
    }

    /**
     * The roles allowed on the edge of (state, kind) as a bit set over {@link Role#ordinal()}; 0 if
     * there is no edge. The engine's hot path tests a bit instead of asking a {@code Set}.
     */
    int roleMask(DossierState from, CommandKind kind) {
        return roleMasks[from.ordinal() * KINDS + kind.ordinal()];
    }

    /** Edge lookup without Optional, for the engine's hot path. */
    Edge edgeOrNull(DossierState from, CommandKind kind) {
        return edgeTable[from.ordinal()][kind.ordinal()];
    }

    /** The drawn edges: dynamic targets expanded to every state a withdrawal can come from. */
    private List<String[]> drawn() {
        List<String[]> lines = new ArrayList<>();
        Set<DossierState> withdrawable = new LinkedHashSet<>();
        for (Edge e : edges) {
            if (e.command().equals("RequestWithdrawal")) {
                withdrawable.add(e.from());
            }
        }
        lines.add(new String[] {"[*]", DossierState.SUBMITTED.name(), SUBMIT});
        for (Edge e : edges) {
            if (e.to().isPresent()) {
                lines.add(new String[] {e.from().name(), e.to().get().name(), e.command()});
            } else {
                for (DossierState back : withdrawable) {
                    lines.add(new String[] {e.from().name(), back.name(), e.command()});
                }
            }
        }
        for (DossierState s : DossierState.values()) {
            if (s.isTerminal()) {
                lines.add(new String[] {s.name(), "[*]", null});
            }
        }
        return lines;
    }

    /**
     * The lifecycle as a Mermaid state diagram.
     *
     * @return the diagram's source
     */
    public String toMermaid() {
        StringBuilder sb = new StringBuilder("stateDiagram-v2\n");
        for (DossierState s : DossierState.values()) {
            sb.append("    ").append(s.name()).append(" : ").append(s.portalCode()).append(" ").append(s.label())
                    .append(" / ").append(s.labelEn()).append('\n');
        }
        for (String[] l : drawn()) {
            sb.append("    ").append(l[0]).append(" --> ").append(l[1]);
            if (l[2] != null) {
                sb.append(" : ").append(l[2]);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /**
     * The lifecycle as a PlantUML state diagram.
     *
     * @return the diagram's source
     */
    public String toPlantUml() {
        StringBuilder sb = new StringBuilder("@startuml\nhide empty description\n");
        for (DossierState s : DossierState.values()) {
            sb.append("state ").append(s.name()).append(" : ").append(s.portalCode()).append(" ").append(s.label())
                    .append(" / ").append(s.labelEn()).append('\n');
        }
        for (String[] l : drawn()) {
            sb.append(l[0]).append(" --> ").append(l[1]);
            if (l[2] != null) {
                sb.append(" : ").append(l[2]);
            }
            sb.append('\n');
        }
        return sb.append("@enduml\n").toString();
    }

    /**
     * The lifecycle as a Graphviz DOT digraph.
     *
     * @return the graph's source
     */
    public String toDot() {
        StringBuilder sb = new StringBuilder("digraph dossier {\n    rankdir=LR;\n    node [shape=box, style=rounded];\n");
        sb.append("    start [shape=point];\n    end [shape=doublecircle, label=\"\", width=0.2];\n");
        for (DossierState s : DossierState.values()) {
            sb.append("    ").append(s.name()).append(" [label=\"").append(s.portalCode()).append(' ').append(s.label())
                    .append("\\n").append(s.labelEn()).append("\"];\n");
        }
        for (String[] l : drawn()) {
            String from = l[0].equals("[*]") ? "start" : l[0];
            String to = l[1].equals("[*]") ? "end" : l[1];
            sb.append("    ").append(from).append(" -> ").append(to);
            if (l[2] != null) {
                sb.append(" [label=\"").append(l[2]).append("\"]");
            }
            sb.append(";\n");
        }
        return sb.append("}\n").toString();
    }
}
