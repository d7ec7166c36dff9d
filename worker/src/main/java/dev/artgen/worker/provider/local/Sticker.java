package dev.artgen.worker.provider.local;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/** Turns a subject on a transparent canvas into a die-cut sticker: a white border and a faint drop shadow. */
final class Sticker {

    private Sticker() {}

    static BufferedImage cutOut(BufferedImage subject) {
        int w = subject.getWidth();
        int h = subject.getHeight();
        int[] src = Images.pixels(subject);
        BufferedImage white = Images.blank(w, h, true);
        BufferedImage shadow = Images.blank(w, h, true);
        int[] wp = Images.pixels(white);
        int[] sp = Images.pixels(shadow);
        for (int i = 0; i < src.length; i++) {
            int alpha = src[i] >>> 24;
            if (alpha > 24) {
                wp[i] = 0xffffffff;
                sp[i] = 0x30000000;
            }
        }
        double border = Math.max(1.0, Math.min(w, h) * 0.012);
        BufferedImage out = Images.blank(w, h, true);
        Graphics2D g = out.createGraphics();
        g.setComposite(AlphaComposite.SrcOver);
        int shadowDx = (int) Math.round(border * 0.6);
        int shadowDy = (int) Math.round(border * 1.0);
        int directions = border < 3 ? 8 : 16;
        for (int k = 0; k < directions; k++) {
            double a = 2 * Math.PI * k / directions;
            int dx = (int) Math.round(Math.cos(a) * border);
            int dy = (int) Math.round(Math.sin(a) * border);
            if (k % 2 == 0) {
                g.drawImage(shadow, dx + shadowDx, dy + shadowDy, null);
            }
        }
        for (int k = 0; k < directions; k++) {
            double a = 2 * Math.PI * k / directions;
            g.drawImage(white, (int) Math.round(Math.cos(a) * border), (int) Math.round(Math.sin(a) * border), null);
        }
        g.drawImage(subject, 0, 0, null);
        g.dispose();
        return out;
    }
}
