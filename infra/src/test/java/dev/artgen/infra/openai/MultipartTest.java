package dev.artgen.infra.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The multipart parser against the shapes clients really send: quoting, escapes, bare streams, binary files. */
class MultipartTest {

    @Test
    void readsTheBoundaryFromTheContentType() {
        assertThat(Multipart.boundary("multipart/form-data; boundary=abc123")).isEqualTo("abc123");
        assertThat(Multipart.boundary("multipart/form-data;boundary=\"a b;c\"")).isEqualTo("a b;c");
        assertThat(Multipart.boundary("Multipart/Form-Data; charset=utf-8; BOUNDARY=x"))
                .isEqualTo("x");
        assertThat(Multipart.boundary("multipart/form-data")).isNull();
    }

    @Test
    void splitsFieldsAndFilesKeepingBinaryContentIntact() {
        byte[] binary = new byte[256];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) i;
        }
        // A boundary-looking run inside the file, but without the CRLF that a real delimiter starts with.
        byte[] tricky = "x--XyZ\n--XyZ--".getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        write(body, "preamble to ignore\r\n--XyZ\r\n");
        write(
                body,
                "Content-Disposition: form-data; name=\"prompt\"\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n");
        write(body, "a \"quoted\" prompt; with semicolons\r\n--XyZ\r\n");
        write(body, "content-disposition: form-data; name=\"image[]\"; filename=\"we%22ird;name.png\"\r\n");
        write(body, "Content-Type: image/png\r\n\r\n");
        body.writeBytes(binary);
        body.writeBytes(tricky);
        write(body, "\r\n--XyZ\r\n");
        write(body, "Content-Disposition: form-data; name=\"mask\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        write(body, "\r\n--XyZ--\r\nepilogue");

        List<Multipart.Part> parts = Multipart.parse(body.toByteArray(), "XyZ");

        assertThat(parts).hasSize(3);
        assertThat(parts.get(0).name()).isEqualTo("prompt");
        assertThat(parts.get(0).isFile()).isFalse();
        assertThat(parts.get(0).text()).isEqualTo("a \"quoted\" prompt; with semicolons");
        Multipart.Part image = parts.get(1);
        assertThat(image.name()).isEqualTo("image[]");
        assertThat(image.filename()).isEqualTo("we\"ird;name.png");
        assertThat(image.contentType()).isEqualTo("image/png");
        assertThat(image.bytes())
                .hasSize(256 + tricky.length)
                .startsWith(binary)
                .endsWith(tricky);
        // openai-java sends bare streams without a filename; the field name still marks them as files.
        assertThat(parts.get(2).filename()).isNull();
        assertThat(parts.get(2).isFile()).isTrue();
        assertThat(parts.get(2).bytes()).isEmpty();
    }

    @Test
    void readsBackslashEscapedDispositionParameters() {
        assertThat(Multipart.dispositionParam("form-data; name=\"a\\\"b\"; filename=\"c.png\"", "name"))
                .isEqualTo("a\"b");
        assertThat(Multipart.dispositionParam("form-data; name=plain", "name")).isEqualTo("plain");
        assertThat(Multipart.dispositionParam("form-data; name=\"x\"", "filename"))
                .isNull();
    }

    @Test
    void refusesBodiesWithoutTheClosingBoundary() {
        byte[] body = "--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nvalue".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Multipart.parse(body, "b"))
                .isInstanceOf(ApiError.class)
                .hasMessageContaining("closing boundary");
        assertThatThrownBy(() -> Multipart.parse("nothing".getBytes(StandardCharsets.UTF_8), "b"))
                .isInstanceOf(ApiError.class);
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
}
