package dev.artgen.api.jobs;

import dev.artgen.common.model.RequestCheck.FieldProblem;
import java.util.List;

/** The request broke one or more rules; each problem names its field. */
public class InvalidRequest extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidRequest(List<FieldProblem> problems) {
        super(
                problems.size() == 1
                        ? problems.getFirst().field() + " "
                                + problems.getFirst().message()
                        : problems.size() + " fields are invalid");
        this.problems = List.copyOf(problems);
    }

    public InvalidRequest(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
