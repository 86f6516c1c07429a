package org.jointplan.report.docx;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A chart image as PNG, quickly: ImageIO's writer tries every filter on every row and takes about ten times as long
 * on a 300 dpi chart, whose flat colours the "Sub" filter and the fastest deflate already squeeze well.
 */
final class PngEncoder {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int SUB = 1;

    private PngEncoder() {
    }

    /** An opaque image as 8-bit RGB PNG, marked as {@code dpi} dots per inch. */
    static byte[] encode(BufferedImage image, int dpi) {
        int w = image.getWidth();
        int h = image.getHeight();
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream(w * h / 4 + 1024);
            png.write(SIGNATURE);
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            DataOutputStream ihdr = new DataOutputStream(header);
            ihdr.writeInt(w);
            ihdr.writeInt(h);
            ihdr.write(new byte[] {8, 2, 0, 0, 0}); // 8 bits, truecolour, deflate, adaptive filters, no interlace
            chunk(png, "IHDR", header.toByteArray());
            ByteArrayOutputStream phys = new ByteArrayOutputStream();
            DataOutputStream density = new DataOutputStream(phys);
            int perMetre = (int) Math.round(dpi / 0.0254);
            density.writeInt(perMetre);
            density.writeInt(perMetre);
            density.writeByte(1);
            chunk(png, "pHYs", phys.toByteArray());
            chunk(png, "IDAT", pixels(image));
            chunk(png, "IEND", new byte[0]);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] pixels(BufferedImage image) throws IOException {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = image.getType() == BufferedImage.TYPE_INT_RGB
                ? ((DataBufferInt) image.getRaster().getDataBuffer()).getData()
                : image.getRGB(0, 0, w, h, null, 0, w);
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(w * h / 8 + 1024);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DeflaterOutputStream out = new DeflaterOutputStream(compressed, deflater, 64 * 1024)) {
            byte[] row = new byte[1 + 3 * w];
            row[0] = SUB;
            for (int y = 0; y < h; y++) {
                int left = 0;
                for (int x = 0, i = 1; x < w; x++, i += 3) {
                    int p = argb[y * w + x];
                    row[i] = (byte) ((p >> 16) - (left >> 16));
                    row[i + 1] = (byte) ((p >> 8) - (left >> 8));
                    row[i + 2] = (byte) (p - left);
                    left = p;
                }
                out.write(row);
            }
        } finally {
            deflater.end();
        }
        return compressed.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
        DataOutputStream out = new DataOutputStream(png);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeInt(data.length);
        out.write(name);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }
}
