package dev.artgen.worker.provider.local;

import java.util.Set;

/**
 * Everything the renderer needs to know about a prompt.
 *
 * @param subject   what is shown
 * @param palette   the colours
 * @param style     how it is painted
 * @param time      sun, sunset or moon
 * @param features  optional extras (water, snow, mist, waves, clouds)
 * @param variation seeds every random choice of the layers; mixes the job seed with the prompt's hash
 */
record Scene(Subject subject, Palette palette, Style style, TimeOfDay time, Set<Feature> features, long variation) {

    Scene {
        features = Set.copyOf(features);
    }

    boolean has(Feature feature) {
        return features.contains(feature);
    }

    boolean isNight() {
        return time == TimeOfDay.NIGHT;
    }
}
