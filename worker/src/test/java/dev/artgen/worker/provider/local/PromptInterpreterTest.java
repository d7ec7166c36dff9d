package dev.artgen.worker.provider.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PromptInterpreterTest {

    private final PromptInterpreter interpreter = new PromptInterpreter();

    @ParameterizedTest(name = "\"{0}\" shows {1}")
    @CsvSource(delimiter = '|', textBlock = """
            a sunset over the mountains        | MOUNTAINS
            snowy PEAKS at dawn                | MOUNTAINS
            the ocean                          | SEA
            ocean waves, oil painting          | SEA
            a quiet forest in spring           | FOREST
            tall pine trees                    | FOREST
            neon city at night                 | CITY
            cyberpunk streets in the rain      | CITY
            a red flower                       | GARDEN
            a field of tulips                  | GARDEN
            planets in deep space              | SPACE
            a spiral galaxy                    | SPACE
            abstract geometric composition     | ABSTRACT
            bauhaus poster                     | ABSTRACT
            a city by the sea                  | CITY
            """)
    void subjectWordsChooseTheSubject(String prompt, Subject expected) {
        assertThat(interpreter.interpret(prompt, 1).subject()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is painted {1}")
    @CsvSource(delimiter = '|', textBlock = """
            mountains, watercolor                  | WATERCOLOR
            a watercolour of a lake                | WATERCOLOR
            8-bit castle                           | PIXEL
            pixel art forest                       | PIXEL
            neon city at night                     | NEON
            minimal flat landscape                 | FLAT
            ocean waves, oil painting              | OIL
            impressionist garden                   | OIL
            ink sketch of a harbour                | SKETCH
            pencil drawing of trees                | SKETCH
            a painting of the sea                  | PAINTERLY
            mountains                              | PAINTERLY
            a painting of a forest, watercolor     | WATERCOLOR
            """)
    void styleWordsChooseTheStyle(String prompt, Style expected) {
        assertThat(interpreter.interpret(prompt, 1).style()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" uses the {1} palette")
    @CsvSource(delimiter = '|', textBlock = """
            a sunset over the mountains   | SUNSET
            autumn forest                 | AUTUMN
            fire and lava                 | FIRE
            the ocean                     | OCEAN
            frozen lake in winter         | ICE
            city at night                 | NIGHT
            a lush jungle                 | SPRING
            cyberpunk skyline             | NEON
            pastel garden                 | PASTEL
            noir city streets             | MONO
            black and white mountains     | MONO
            golden abstract shapes        | GOLD
            desert dunes                  | DESERT
            a nebula                      | COSMIC
            mondrian composition          | BAUHAUS
            """)
    void moodWordsChooseThePalette(String prompt, ColourScheme expected) {
        Palette palette = interpreter.interpret(prompt, 1).palette();
        assertThat(palette.skyTop()).isEqualTo(expected.palette().skyTop());
        assertThat(palette.skyHorizon()).isEqualTo(expected.palette().skyHorizon());
    }

    @ParameterizedTest(name = "\"{0}\" happens at {1}")
    @CsvSource(delimiter = '|', textBlock = """
            mountains at night            | NIGHT
            moonlit sea                   | NIGHT
            a sunset over the sea         | GOLDEN
            forest at dawn                | GOLDEN
            a sunny meadow                | DAY
            neon city                     | NIGHT
            """)
    void timeWordsChooseTheTimeOfDay(String prompt, TimeOfDay expected) {
        assertThat(interpreter.interpret(prompt, 1).time()).isEqualTo(expected);
    }

    @Test
    void featureWordsAddFeatures() {
        assertThat(interpreter
                        .interpret("misty mountains reflected in a lake", 1)
                        .features())
                .contains(Feature.MIST, Feature.WATER);
        assertThat(interpreter.interpret("a stormy sea", 1).features()).contains(Feature.WAVES);
        assertThat(interpreter.interpret("snowy forest", 1).features()).contains(Feature.SNOW);
        assertThat(interpreter.interpret("forest", 1).features()).isEmpty();
    }

    @Test
    void colourWordsBecomeTheAccent() {
        assertThat(interpreter.interpret("a red flower", 1).palette().accent()).isEqualTo(Tint.RED.colour());
        assertThat(interpreter.interpret("purple mountains", 1).palette().accent())
                .isEqualTo(Tint.PURPLE.colour());
    }

    @Test
    void twoColourWordsBothReachTheSwatches() {
        Palette palette = interpreter
                .interpret("abstract geometric composition in red and gold", 1)
                .palette();
        assertThat(palette.swatches())
                .contains(Tint.RED.colour(), ColourScheme.GOLD.palette().accent());
        assertThat(palette.accent()).isEqualTo(Tint.RED.colour());
    }

    @Test
    void firstColourWordLeads() {
        Palette palette = interpreter.interpret("blue and orange shapes", 1).palette();
        assertThat(palette.accent()).isEqualTo(Tint.BLUE.colour());
        assertThat(palette.swatches()).contains(Tint.ORANGE.colour());
    }

    @Test
    void earliestSubjectWordWins() {
        assertThat(interpreter.interpret("a city by the sea", 1).subject()).isEqualTo(Subject.CITY);
        assertThat(interpreter.interpret("the sea by a city", 1).subject()).isEqualTo(Subject.SEA);
    }

    @Test
    void sameInputGivesSameScene() {
        assertThat(interpreter.interpret("a dragon over the hills", 42))
                .isEqualTo(interpreter.interpret("a dragon over the hills", 42));
    }

    @Test
    void unknownPromptsStillGetEverySubjectAcrossSeeds() {
        Set<Subject> subjects = LongStream.range(0, 200)
                .mapToObj(seed -> interpreter
                        .interpret("something nobody has a keyword for", seed)
                        .subject())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Subject.class)));
        assertThat(subjects).containsExactlyInAnyOrder(Subject.values());
    }

    @Test
    void unknownWordsChangeTheVariation() {
        assertThat(interpreter.interpret("mountains with a dragon", 7).variation())
                .isNotEqualTo(
                        interpreter.interpret("mountains with a castle", 7).variation());
    }

    @Test
    void normalisingIgnoresCasePunctuationAndSpacing() {
        assertThat(PromptInterpreter.normalise("  A Sunset,  over the   MOUNTAINS!! "))
                .isEqualTo(" a sunset over the mountains ");
        assertThat(PromptInterpreter.stableHash(PromptInterpreter.normalise("Neon CITY")))
                .isEqualTo(PromptInterpreter.stableHash(PromptInterpreter.normalise("neon city")));
    }

    @Test
    void stableHashIsFixedAcrossRuns() {
        assertThat(PromptInterpreter.stableHash("")).isEqualTo(0xcbf29ce484222325L);
        assertThat(PromptInterpreter.stableHash("a")).isEqualTo(0xaf63dc4c8601ec8cL);
    }

    @Test
    void keywordsMatchWholeWordsAndPlurals() {
        String text = PromptInterpreter.normalise("mountains and seashells");
        assertThat(PromptInterpreter.position(text, "mountain")).isGreaterThanOrEqualTo(0);
        assertThat(PromptInterpreter.position(text, "sea")).isEqualTo(-1);
    }

    @Test
    void nullOrBlankPromptStillGivesAScene() {
        assertThat(interpreter.interpret(null, 3)).isNotNull();
        assertThat(interpreter.interpret("   ", 3).style()).isEqualTo(Style.PAINTERLY);
    }
}
