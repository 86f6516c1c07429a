package org.jointplan.report.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;

class PngEncoderTest {

    @Test
    void everyPixelReadsBackAsDrawn() throws IOException {
        BufferedImage image = new BufferedImage(301, 97, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 301, 97);
        g.setColor(new Color(0x1f7a3a));
        g.fillOval(10, 10, 120, 60);
        g.dispose();
        Random random = new Random(15);
        for (int i = 0; i < 500; i++) {
            image.setRGB(random.nextInt(301), random.nextInt(97), random.nextInt(0x1000000));
        }
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(image, 300)));
        assertEquals(301, read.getWidth());
        assertEquals(97, read.getHeight());
        for (int y = 0; y < 97; y++) {
            for (int x = 0; x < 301; x++) {
                assertEquals(image.getRGB(x, y), read.getRGB(x, y), "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void itSaysItIs300DotsPerInch() throws IOException {
        byte[] png = PngEncoder.encode(new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB), 300);
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            var phys = (javax.imageio.metadata.IIOMetadataNode) reader.getImageMetadata(0)
                    .getAsTree("javax_imageio_png_1.0");
            var node = (javax.imageio.metadata.IIOMetadataNode) phys.getElementsByTagName("pHYs").item(0);
            assertEquals("11811", node.getAttribute("pixelsPerUnitXAxis"));
            assertEquals("meter", node.getAttribute("unitSpecifier"));
        }
    }
}
