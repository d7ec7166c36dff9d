package dev.artgen.worker.provider.local;

/** Paints one subject's layers, back to front, onto a canvas. */
interface Composition {

    void paint(Canvas c);

    static Composition of(Subject subject) {
        return switch (subject) {
            case MOUNTAINS -> new MountainScene();
            case SEA -> new SeaScene();
            case FOREST -> new ForestScene();
            case CITY -> new CityScene();
            case GARDEN -> new GardenScene();
            case SPACE -> new SpaceScene();
            case ABSTRACT -> new AbstractScene();
        };
    }
}
