package dev.artgen.worker.provider.local;

import java.util.List;

/** A table row that is selected when one of its keywords appears in a prompt. */
interface Keyed {

    /** Keywords in the prompt's normalised form (lower case, words separated by single spaces). */
    List<String> keywords();
}
