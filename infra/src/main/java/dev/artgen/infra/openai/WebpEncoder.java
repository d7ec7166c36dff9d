package dev.artgen.infra.openai;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * Writes lossless WebP (VP8L), which the JDK's ImageIO cannot. Deliberately the simplest valid VP8L stream: no
 * transforms, no colour cache, no backward references, and flat 8-bit prefix codes, so every channel byte is stored
 * as is (bit-reversed, as prefix codes are read most significant bit first). Files are therefore about as large as
 * raw RGB(A), several times larger than OpenAI's, but any WebP decoder reads them.
 */
final class WebpEncoder {

    /** Code length code order from the VP8L specification (RFC 9649, section 3.7.2.1.2). */
    private static final int[] CODE_LENGTH_ORDER = {17, 18, 0, 1, 2, 3, 4, 5, 16, 6, 7, 8};

    private static final int[] REVERSED = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            REVERSED[i] = Integer.reverse(i) >>> 24;
        }
    }

    private WebpEncoder() {}

    static byte[] encode(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        if (width > 16384 || height > 16384) {
            throw new IllegalArgumentException("WebP allows at most 16384 pixels per edge");
        }
        int[] argb = image.getRGB(0, 0, width, height, null, 0, width);
        boolean alpha = Arrays.stream(argb).anyMatch(p -> (p >>> 24) != 0xff);

        Bits bits = new Bits((long) width * height * (alpha ? 4 : 3) + 1024);
        bits.write(0x2f, 8); // VP8L signature
        bits.write(width - 1, 14);
        bits.write(height - 1, 14);
        bits.write(alpha ? 1 : 0, 1);
        bits.write(0, 3); // version
        bits.write(0, 1); // no transform
        bits.write(0, 1); // no colour cache
        bits.write(0, 1); // one prefix code group for the whole image
        flatCode(bits, 256 + 24); // green + length prefixes
        flatCode(bits, 256); // red
        flatCode(bits, 256); // blue
        if (alpha) {
            flatCode(bits, 256);
        } else {
            singleSymbol(bits, 255); // a one-symbol code costs no bits per pixel
        }
        singleSymbol(bits, 0); // distance: never used
        for (int p : argb) {
            int green = REVERSED[(p >>> 8) & 0xff];
            int red = REVERSED[(p >>> 16) & 0xff];
            int blue = REVERSED[p & 0xff];
            if (alpha) {
                bits.write(green | red << 8 | blue << 16 | (long) REVERSED[p >>> 24] << 24, 32);
            } else {
                bits.write(green | red << 8 | blue << 16, 24);
            }
        }
        return riff(bits.finish());
    }

    /** Symbols 0..255 get 8-bit codes, the rest none: one code-length code with lengths {0, 8}, one bit each. */
    private static void flatCode(Bits bits, int alphabetSize) {
        bits.write(0, 1); // normal (not simple) code
        bits.write(CODE_LENGTH_ORDER.length - 4, 4);
        for (int symbol : CODE_LENGTH_ORDER) {
            bits.write(symbol == 0 || symbol == 8 ? 1 : 0, 3);
        }
        bits.write(0, 1); // lengths for the whole alphabet follow
        for (int i = 0; i < alphabetSize; i++) {
            bits.write(i < 256 ? 1 : 0, 1); // canonical: length 0 is code 0, length 8 is code 1
        }
    }

    private static void singleSymbol(Bits bits, int symbol) {
        bits.write(1, 1); // simple code
        bits.write(0, 1); // one symbol
        if (symbol < 2) {
            bits.write(0, 1);
            bits.write(symbol, 1);
        } else {
            bits.write(1, 1);
            bits.write(symbol, 8);
        }
    }

    private static byte[] riff(byte[] vp8l) {
        int pad = vp8l.length & 1;
        ByteArrayOutputStream out = new ByteArrayOutputStream(vp8l.length + 21);
        out.writeBytes("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        int32(out, 4 + 8 + vp8l.length + pad);
        out.writeBytes("WEBPVP8L".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        int32(out, vp8l.length);
        out.writeBytes(vp8l);
        if (pad == 1) {
            out.write(0);
        }
        return out.toByteArray();
    }

    private static void int32(ByteArrayOutputStream out, int v) {
        out.write(v & 0xff);
        out.write((v >>> 8) & 0xff);
        out.write((v >>> 16) & 0xff);
        out.write((v >>> 24) & 0xff);
    }

    /** Least-significant-bit-first bit packing, as VP8L reads. */
    private static final class Bits {
        private byte[] buffer;
        private int size;
        private long pending;
        private int pendingBits;

        Bits(long capacity) {
            buffer = new byte[(int) Math.min(Integer.MAX_VALUE - 16, capacity)];
        }

        void write(long value, int count) {
            pending |= value << pendingBits;
            pendingBits += count;
            while (pendingBits >= 8) {
                if (size == buffer.length) {
                    buffer = Arrays.copyOf(buffer, buffer.length * 2 + 16);
                }
                buffer[size++] = (byte) pending;
                pending >>>= 8;
                pendingBits -= 8;
            }
        }

        byte[] finish() {
            if (pendingBits > 0) {
                write(0, 8 - pendingBits);
            }
            return Arrays.copyOf(buffer, size);
        }
    }
}
