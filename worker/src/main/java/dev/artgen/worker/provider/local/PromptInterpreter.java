package dev.artgen.worker.provider.local;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/** Reads a prompt's words into a {@link Scene}; whatever the words leave open, the seed decides. */
final class PromptInterpreter {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    Scene interpret(String prompt, long seed) {
        String text = normalise(prompt);
        long hash = stableHash(text);
        SplittableRandom choices = new SplittableRandom(seed * GOLDEN_GAMMA ^ hash);

        Subject subject = earliest(text, Subject.values())
                .orElseGet(() -> Subject.values()[choices.nextInt(Subject.values().length)]);
        Style style = earliest(text, specificStyles()).orElse(Style.PAINTERLY);
        Optional<TimeOfDay> namedTime = earliest(text, TimeOfDay.values());
        List<ColourScheme> schemes = allInOrder(text, ColourScheme.values());

        ColourScheme primary;
        if (!schemes.isEmpty()) {
            primary = schemes.getFirst();
        } else if (namedTime.isPresent() && subject != Subject.SPACE && subject != Subject.ABSTRACT) {
            primary = ColourScheme.forTime(namedTime.get());
        } else {
            List<ColourScheme> fitting = subject.fittingSchemes();
            primary = fitting.get(choices.nextInt(fitting.size()));
        }
        Palette palette = primary.palette();
        for (ColourScheme secondary : schemes.subList(Math.min(1, schemes.size()), schemes.size())) {
            palette = palette.withSecondary(secondary.palette());
        }
        List<Tint> tints = allInOrder(text, Tint.values());
        for (Tint tint : tints.reversed()) {
            palette = palette.tinted(tint.colour());
        }

        Set<Feature> features = EnumSet.noneOf(Feature.class);
        features.addAll(allInOrder(text, Feature.values()));
        if (primary == ColourScheme.ICE) {
            features.add(Feature.SNOW);
        }
        TimeOfDay time = namedTime.orElse(primary.usualTime());
        return new Scene(subject, palette, style, time, features, choices.nextLong());
    }

    /** Lower case, every run of non-letters/digits becomes one space, padded with a space on both ends. */
    static String normalise(String prompt) {
        String lower = prompt == null ? "" : prompt.toLowerCase(Locale.ROOT);
        return " " + lower.replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
    }

    /** 64-bit FNV-1a over UTF-8: fixed across JVMs, unlike identity hashes. */
    static long stableHash(String text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    /** Where a keyword (or its plural) first occurs in normalised text, or -1. */
    static int position(String text, String keyword) {
        String word = normalise(keyword).strip();
        int best = -1;
        for (String form : List.of(word, word + "s", word + "es")) {
            int at = text.indexOf(" " + form + " ");
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
            }
        }
        return best;
    }

    private static <K extends Keyed> Optional<K> earliest(String text, K[] rows) {
        List<K> found = allInOrder(text, rows);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
    }

    private static <K extends Keyed> List<K> allInOrder(String text, K[] rows) {
        record Hit<K>(K row, int at) {}
        List<Hit<K>> hits = new ArrayList<>();
        for (K row : rows) {
            int at = firstPosition(text, row);
            if (at >= 0) {
                hits.add(new Hit<>(row, at));
            }
        }
        hits.sort(Comparator.comparingInt(Hit::at));
        return hits.stream().map(Hit::row).toList();
    }

    private static int firstPosition(String text, Keyed row) {
        int best = -1;
        for (String keyword : row.keywords()) {
            int at = position(text, keyword);
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
            }
        }
        return best;
    }

    private static Style[] specificStyles() {
        return java.util.Arrays.stream(Style.values())
                .filter(s -> s != Style.PAINTERLY)
                .toArray(Style[]::new);
    }
}
