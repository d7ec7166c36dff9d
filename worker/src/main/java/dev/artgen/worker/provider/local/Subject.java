package dev.artgen.worker.provider.local;

import java.util.List;

/** What the picture shows; each subject has its own layered composition. */
enum Subject implements Keyed {
    MOUNTAINS(
            List.of(
                    "mountain",
                    "peak",
                    "alps",
                    "hill",
                    "valley",
                    "summit",
                    "ridge",
                    "cliff",
                    "volcano",
                    "canyon",
                    "lake",
                    "landscape",
                    "range"),
            ColourScheme.ALPINE,
            ColourScheme.SUNSET,
            ColourScheme.PASTEL,
            ColourScheme.NIGHT),
    SEA(
            List.of(
                    "ocean",
                    "sea",
                    "beach",
                    "coast",
                    "wave",
                    "shore",
                    "bay",
                    "island",
                    "harbor",
                    "harbour",
                    "sail",
                    "sailboat",
                    "seascape",
                    "surf",
                    "lighthouse"),
            ColourScheme.OCEAN,
            ColourScheme.SUNSET,
            ColourScheme.NIGHT),
    FOREST(
            List.of("forest", "wood", "woods", "tree", "jungle", "pine", "woodland", "grove", "taiga", "rainforest"),
            ColourScheme.SPRING,
            ColourScheme.AUTUMN,
            ColourScheme.ALPINE),
    CITY(
            List.of(
                    "city",
                    "skyline",
                    "town",
                    "street",
                    "building",
                    "urban",
                    "metropolis",
                    "downtown",
                    "skyscraper",
                    "cyberpunk"),
            ColourScheme.SUNSET,
            ColourScheme.NIGHT,
            ColourScheme.NEON),
    GARDEN(
            List.of(
                    "flower",
                    "garden",
                    "rose",
                    "tulip",
                    "bloom",
                    "blossom",
                    "bouquet",
                    "petal",
                    "daisy",
                    "sunflower",
                    "lily",
                    "lilies",
                    "poppy",
                    "poppies",
                    "orchid",
                    "floral",
                    "meadow"),
            ColourScheme.SPRING,
            ColourScheme.PASTEL),
    SPACE(
            List.of(
                    "space",
                    "planet",
                    "galaxy",
                    "galaxies",
                    "nebula",
                    "cosmos",
                    "universe",
                    "astronaut",
                    "orbit",
                    "saturn",
                    "solar system",
                    "cosmic"),
            ColourScheme.COSMIC),
    ABSTRACT(
            List.of(
                    "abstract",
                    "geometric",
                    "geometry",
                    "bauhaus",
                    "shape",
                    "pattern",
                    "composition",
                    "cubism",
                    "mondrian",
                    "circle",
                    "kandinsky",
                    "generative"),
            ColourScheme.BAUHAUS,
            ColourScheme.PASTEL,
            ColourScheme.GOLD);

    private final List<String> keywords;
    private final List<ColourScheme> fittingSchemes;

    Subject(List<String> keywords, ColourScheme... fittingSchemes) {
        this.keywords = keywords;
        this.fittingSchemes = List.of(fittingSchemes);
    }

    @Override
    public List<String> keywords() {
        return keywords;
    }

    /** Colour schemes that suit this subject when the prompt names none; the seed picks one. */
    List<ColourScheme> fittingSchemes() {
        return fittingSchemes;
    }
}
